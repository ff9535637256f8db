# Home Manager's gtk4-stateversion-no-theme-inheritance: from 26.05,
# gtk4.theme no longer follows gtk.theme (the icon theme still does), so
# there is no theme import and no gtk.css (the GTK 3 file keeps the theme).
let
  pkgs = import ./stub-packages.nix;
in
{
  home.stateVersion = "26.05";

  gtk = {
    enable = true;
    theme = {
      name = "Adwaita-dark";
      package = pkgs.gnome-themes-extra;
    };
    iconTheme = {
      name = "Adwaita";
      package = pkgs.adwaita-icon-theme;
    };
  };

  test.expected = {
    "home-files/.config/gtk-4.0/settings.ini" = ./gtk4-stateversion-no-theme-inheritance-expected.ini;
    "home-files/.config/gtk-3.0/settings.ini" = ./gtk4-stateversion-no-theme-inheritance-expected-gtk3.ini;
  };
}
