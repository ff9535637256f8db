# Home Manager's mime-apps-basics (without defaultApplicationPackages,
# which Hearth does not provide): one INI section per option, sections
# and types sorted, several desktop files joined with ";". The same text
# is linked under the data directory for older readers.
{
  xdg.mimeApps = {
    enable = true;
    associations = {
      added = {
        "mimetype1" = [
          "foo1.desktop"
          "foo2.desktop"
          "foo3.desktop"
        ];
        "mimetype2" = "foo4.desktop";
      };
      removed = {
        mimetype1 = "foo5.desktop";
      };
    };
    defaultApplications = {
      "mimetype1" = [
        "default1.desktop"
        "default2.desktop"
      ];
    };
  };

  test.expected = {
    "home-files/.config/mimeapps.list" = ./mime-apps-basics-expected.ini;
    "home-files/.local/share/applications/mimeapps.list" = ./mime-apps-basics-expected.ini;
  };
}
