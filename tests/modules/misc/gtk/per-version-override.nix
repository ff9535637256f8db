# Home Manager's gtk-per-version-override: a version's own font, themes,
# extraConfig and extraCss win over the global ones.
{
  gtk = {
    enable = true;
    font.name = "Global Font";
    theme.name = "Global-Theme";
    iconTheme.name = "Global-Icons";
    cursorTheme.name = "Global-Cursor";

    gtk2 = {
      font.name = "GTK2-Font";
      theme.name = "GTK2-Theme";
      extraConfig = "gtk-can-change-accels = 1";
    };

    gtk3 = {
      iconTheme.name = "GTK3-Icons";
      cursorTheme.name = "GTK3-Cursor";
      extraConfig.gtk-recent-files-limit = 10;
      extraCss = "window { border: 1px solid red; }";
    };

    gtk4 = {
      font.name = "GTK4-Font";
      extraConfig.gtk-recent-files-limit = 20;
      extraCss = "window { border: 2px solid blue; }";
    };
  };

  test.expected = {
    "home-files/.gtkrc-2.0" = ./per-version-override-gtk2-expected.conf;
    "home-files/.config/gtk-3.0/settings.ini" = ./per-version-override-gtk3-expected.ini;
    "home-files/.config/gtk-3.0/gtk.css" = ./per-version-override-gtk3-expected.css;
    "home-files/.config/gtk-4.0/settings.ini" = ./per-version-override-gtk4-expected.ini;
    "home-files/.config/gtk-4.0/gtk.css" = ./per-version-override-gtk4-expected.css;
  };
}
