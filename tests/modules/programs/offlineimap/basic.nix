# Hearth's own case (Home Manager's offlineimap tests were not readable):
# one of the shared test accounts synchronised, with every default. The
# package is a placeholder here, as the test stubs have no offlineimap.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  programs.offlineimap = {
    enable = true;
    package = {
      type = "derivation";
      name = "offlineimap";
      outPath = "@offlineimap@";
    };
  };

  accounts.email.accounts."hm@example.com".offlineimap.enable = true;

  test.expected = {
    "home-files/.config/offlineimap/config" = ./basic-expected.conf;
    "home-files/.config/offlineimap/get_settings.py" = ./basic-expected.py;
  };
}
