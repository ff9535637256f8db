# With nothing set the three sections are still written, empty.
{
  xdg.mimeApps.enable = true;

  test.expected."home-files/.config/mimeapps.list" = ./mime-apps-empty-expected.ini;
}
