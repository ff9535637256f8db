# Global groups (programs.mbsync.groups) follow the accounts when some
# account has no groups of its own; Maildir++ and flatten change the local
# store's settings.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts = {
    "hm@example.com".mbsync = {
      enable = true;
      subFolders = "Maildir++";
    };
    hm-account.mbsync = {
      enable = true;
      flatten = ".";
    };
  };

  programs.mbsync = {
    enable = true;
    extraConfig = ''
      Sync All
    '';
    groups.inboxes = {
      "hm@example.com" = [
        "Inbox1"
        "Inbox2"
      ];
      hm-account = [ "Inbox" ];
    };
  };

  test.expected."home-files/.config/isyncrc" = ./global-groups-expected.conf;
}
