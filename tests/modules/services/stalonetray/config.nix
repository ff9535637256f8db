# The option's example: quoted values, a bare boolean, `none` for null.
{
  imports = [ ./package.nix ];

  services.stalonetray = {
    enable = true;
    config = {
      geometry = "3x1-600+0";
      decorations = null;
      icon_size = 30;
      sticky = true;
      background = "#cccccc";
    };
  };

  test.expected = {
    "home-files/.config/stalonetrayrc" = ./config-expected.rc;
    "home-files/.config/systemd/user/stalonetray.service" = ./stalonetray.service;
    "home-files/.config/systemd/user/tray.target.wants/stalonetray.service" = ./stalonetray.service;
  };
}
