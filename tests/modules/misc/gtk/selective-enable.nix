# Home Manager's gtk-selective-enable: only GTK 3 is configured (the
# harness cannot check that the other files are absent; the manifest key
# below lists every file).
{
  gtk = {
    enable = true;
    theme.name = "Test-Theme";
    gtk2.enable = false;
    gtk3.enable = true;
    gtk4.enable = false;
  };

  test.expected = {
    "home-files/.config/gtk-3.0/settings.ini" = ./selective-enable-gtk3-expected.ini;
  };
}
