# Mirrors Home Manager's lieer-account-without-notmuch test: the units
# are written, with a warning that notmuch is not enabled. Adapted as
# lieer-service.nix is, and the account is a Gmail one (the module asserts
# that; the stored test predates the assertion).
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
    imap.host = lib.mkForce "imap.gmail.com";
    smtp.host = lib.mkForce "smtp.gmail.com";
    lieer = {
      enable = true;
      sync.enable = true;
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/lieer-hm-example-com.service" = ./lieer-service-expected.service;
    "home-files/.config/systemd/user/lieer-hm-example-com.timer" = ./lieer-service-expected.timer;
    warnings = ./without-notmuch-expected-warnings;
  };
}
