# Hearth's own case (Home Manager checks the service only inside a test of
# a newer getmail module that Hearth does not have): two accounts, the
# primary's rc file named getmailrc and the other's getmail<name>, both
# passed to one getmail run; the disabled account (whose every setting
# throws) is never read. The second account has no port (a blank line
# stays) and delivers to its maildir. The package is a placeholder whose
# program is getmail, as nixpkgs' getmail6 names it.
{ lib, ... }:
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts = {
    "hm@example.com".getmail = {
      enable = true;
      mailboxes = [ "INBOX" ];
    };
    hm-account.getmail = {
      enable = true;
      mailboxes = [
        "INBOX"
        "Archive"
      ];
      delete = true;
      readAll = false;
    };
  };

  services.getmail = {
    enable = true;
    frequency = "hourly";
    package = {
      type = "derivation";
      name = "getmail6";
      outPath = "@getmail6@";
      meta.mainProgram = "getmail";
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/getmail.service" = ./getmail.service;
    "home-files/.config/systemd/user/getmail.timer" = ./getmail.timer;
    "home-files/.getmail/getmailhm-account" = ./getmailhm-account;
  };
}
