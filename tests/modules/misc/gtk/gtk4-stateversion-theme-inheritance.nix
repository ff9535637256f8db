# Home Manager's gtk4-stateversion-theme-inheritance: before 26.05,
# gtk4.theme still follows gtk.theme.
let
  pkgs = import ./stub-packages.nix;
in
{
  home.stateVersion = "25.11";

  gtk = {
    enable = true;
    theme = {
      name = "Adwaita-dark";
      package = pkgs.gnome-themes-extra;
    };
  };

  test.expected = {
    "home-files/.config/gtk-4.0/settings.ini" = ./gtk4-stateversion-theme-inheritance-expected.ini;
    "home-files/.config/gtk-4.0/gtk.css" = ./global-inheritance-gtk4-expected.css;
  };
}
