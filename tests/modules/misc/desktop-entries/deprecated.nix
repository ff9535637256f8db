# Mirrors the deprecated entry of Home Manager's test desktop-entries: the
# removed options fileValidation and extraConfig fail with an assertion
# each (Home Manager's test collects them; here they abort evaluation).
{
  xdg.desktopEntries.deprecated = {
    exec = "test --option";
    name = "Test";
    fileValidation = true;
    extraConfig = ''
      [X-ExtraSection]
      Exec=foo -o
    '';
  };
}
