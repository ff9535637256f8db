# Mirrors Home Manager's hyprland-null-package-config test: with
# `package = null` (Debian 12 has no Hyprland) the configuration is still
# written, with no reload hook and no package installed. Home Manager also
# warns about xdg-desktop-portal there; Hearth has no xdg.portal module,
# so no warning.
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
