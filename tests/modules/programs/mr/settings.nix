# Sections by directory; a list is one comma-separated value. No package
# here: Hearth's stubs have no mr (and `null` installs none).
{
  programs.mr = {
    enable = true;
    package = null;
    settings = {
      foo = {
        checkout = "git clone git@github.com:joeyh/foo.git";
        update = "git pull --rebase";
      };
      ".local/share/password-store" = {
        checkout = "git clone git@github.com:myuser/password-store.git";
        skip = true;
        order = 20;
        tags = [
          "private"
          "pass"
        ];
      };
    };
  };

  test.expected."home-files/.mrconfig" = ./settings-expected.ini;
}
