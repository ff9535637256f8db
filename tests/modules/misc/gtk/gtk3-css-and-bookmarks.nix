# No Home Manager test covers these (its module writes them as here):
# gtk.css holds extraCss as given, bookmarks one per line.
{
  gtk = {
    enable = true;
    gtk3.extraCss = ''
      headerbar { min-height: 0; }
    '';
    gtk3.bookmarks = [
      "file:///home/hm-user/Documents"
      "file:///home/hm-user/src Sources"
    ];
  };

  test.expected = {
    "home-files/.config/gtk-3.0/gtk.css" = ./gtk3-css-and-bookmarks-expected.css;
    "home-files/.config/gtk-3.0/bookmarks" = ./gtk3-css-and-bookmarks-expected-bookmarks;
    "home-files/.config/gtk-3.0/settings.ini" = ./gtk3-css-and-bookmarks-expected.ini;
  };
}
