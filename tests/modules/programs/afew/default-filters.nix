# Hearth's own case (Home Manager has no afew tests): the default filter
# chain. The package is a placeholder, as the test stubs have no afew.
{
  programs.afew = {
    enable = true;
    package = {
      type = "derivation";
      name = "afew";
      outPath = "@afew@";
    };
  };

  test.expected."home-files/.config/afew/config" = ./default-filters-expected;
}
