# Home Manager's gtk-colorscheme: GTK 3 overrides the global dark scheme
# with light (no prefer-dark line); GTK 4 keeps dark, as
# gtk-interface-color-scheme=2 and prefer-dark.
{
  gtk = {
    enable = true;
    theme.name = "Adwaita";
    iconTheme.name = "Adwaita";
    colorScheme = "dark";
    gtk3.colorScheme = "light";
  };

  test.expected = {
    "home-files/.config/gtk-3.0/settings.ini" = ./colorscheme-gtk3-expected.ini;
    "home-files/.config/gtk-4.0/settings.ini" = ./colorscheme-gtk4-expected.ini;
  };
}
