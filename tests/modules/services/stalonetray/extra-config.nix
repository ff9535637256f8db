# Settings and extra lines together: the two texts are joined by the
# module system (lines: a newline between definitions), which puts the
# extra lines first.
{
  imports = [ ./package.nix ];

  services.stalonetray = {
    enable = true;
    config.transparent = false;
    extraConfig = ''
      icon_gravity NE
      kludges force_icons_size
    '';
  };

  test.expected."home-files/.config/stalonetrayrc" = ./extra-config-expected.rc;
}
