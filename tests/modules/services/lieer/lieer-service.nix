# Mirrors Home Manager's lieer-service test: a Gmail account synced every
# five minutes. Adapted: the package is a placeholder (Home Manager's test
# stubs one), and NOTMUCH_CONFIG names notmuch/default/config, where the
# current module points it (the stored expected file predates that).
{ lib, ... }:
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  services.lieer.enable = true;
  programs.lieer.package = {
    type = "derivation";
    name = "lieer";
    outPath = "@lieer@";
  };

  accounts.email.accounts."hm@example.com" = {
    flavor = "gmail.com";
    # The test account names its own servers; Gmail's preset ones win.
    imap.host = lib.mkForce "imap.gmail.com";
    smtp.host = lib.mkForce "smtp.gmail.com";
    lieer = {
      enable = true;
      sync.enable = true;
    };
    notmuch.enable = true;
  };

  test.expected = {
    "home-files/.config/systemd/user/lieer-hm-example-com.service" = ./lieer-service-expected.service;
    "home-files/.config/systemd/user/lieer-hm-example-com.timer" = ./lieer-service-expected.timer;
    warnings = ./no-warnings;
  };
}
