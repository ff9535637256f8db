# Mirrors Home Manager's hyprland-null-package-config test: with
# `package = null` (Debian 12 has no Hyprland) the configuration is still
# written, with no reload hook and no package installed. The portal is
# still enabled with no configuration package, so xdg.portal warns, as in
# Home Manager.
{
  wayland.windowManager.hyprland = {
    enable = true;
    package = null;
    settings.cursor = {
      enable_hyprcursor = true;
      sync_gsettings_theme = true;
    };
  };

  test.expected = {
    "home-files/.config/hypr/hyprland.conf" = ./null-package-config.conf;
    "activation/onFilesChange" = ./null-package-on-change.sh;
    warnings = ./null-package-warnings.txt;
  };
}
