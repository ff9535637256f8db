# After Home Manager's neomutt-with-imap: the mailboxes are read from the
# IMAP server (account-hook), logins come from account_command.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts = {
    "hm@example.com" = {
      notmuch.enable = true;
      neomutt = {
        enable = true;
        extraConfig = ''
          color status cyan default
        '';
      };
      imap.port = 993;
      neomutt.mailboxType = "imap";
    };
  };

  programs.neomutt = {
    enable = true;
  };

  test.expected = {
    "home-files/.config/neomutt/neomuttrc" = ./with-imap-expected.conf;
    "home-files/.config/neomutt/hm@example.com" = ./with-imap-expected-account;
  };
}
