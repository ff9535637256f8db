# Home Manager's gtk4-basic-settings: the theme is named in settings.ini
# and imported from gtk.css.
let
  pkgs = import ./stub-packages.nix;
in
{
  gtk = {
    enable = true;
    theme = {
      name = "catppuccin-macchiato-blue-standard";
      package = pkgs.catppuccin-gtk;
    };
    gtk4.extraConfig = {
      gtk-cursor-blink = false;
      gtk-recent-files-limit = 20;
    };
  };

  test.expected = {
    "home-files/.config/gtk-4.0/settings.ini" = ./gtk4-basic-settings-expected.ini;
    "home-files/.config/gtk-4.0/gtk.css" = ./gtk4-basic-settings-expected.css;
  };
}
