# Home Manager's gtk-global-inheritance: every version takes the global
# font, themes and color scheme. HM's stored gtk3 expectation predates
# gtk.colorScheme; with it, GTK 3 also gets prefer-dark (as gtk-colorscheme
# shows for GTK 4 and the shared settings function does for both).
let
  pkgs = import ./stub-packages.nix;
in
{
  gtk = {
    enable = true;
    font = {
      name = "Ubuntu";
      size = 12;
      package = pkgs.ubuntu-classic;
    };
    theme = {
      name = "Adwaita-dark";
      package = pkgs.gnome-themes-extra;
    };
    iconTheme = {
      name = "Adwaita";
      package = pkgs.adwaita-icon-theme;
    };
    cursorTheme = {
      name = "Adwaita";
      size = 24;
    };
    colorScheme = "dark";
  };

  test.expected = {
    "home-files/.gtkrc-2.0" = ./global-inheritance-gtk2-expected.conf;
    "home-files/.config/gtk-3.0/settings.ini" = ./global-inheritance-gtk3-expected.ini;
    "home-files/.config/gtk-4.0/settings.ini" = ./global-inheritance-gtk4-expected.ini;
    "home-files/.config/gtk-4.0/gtk.css" = ./global-inheritance-gtk4-expected.css;
  };
}
