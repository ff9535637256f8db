# Mirrors Home Manager's lieer test: the primary test account synced with
# lieer, every setting at its default. Adapted: the account is a Gmail one
# indexed by notmuch (the module asserts the one and warns without the
# other; Home Manager's stored test predates both), and the package is a
# placeholder instead of an overlay.
{ lib, ... }:
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  programs.lieer = {
    enable = true;
    package = {
      type = "derivation";
      name = "lieer";
      outPath = "@lieer@";
    };
  };

  accounts.email.accounts."hm@example.com" = {
    flavor = "gmail.com";
    # The test account names its own servers; Gmail's preset ones win.
    imap.host = lib.mkForce "imap.gmail.com";
    smtp.host = lib.mkForce "smtp.gmail.com";
    notmuch.enable = true;
    lieer.enable = true;
  };

  test.expected = {
    "home-files/Mail/hm@example.com/.gmailieer.json" = ./lieer-expected.json;
    warnings = ./no-warnings;
  };
}
