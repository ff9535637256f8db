# Mirrors Home Manager's neomutt-with-imap-type-mailboxes: one extra mailbox
# on the IMAP server, so logins come from account_command.
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
      neomutt.mailboxName = "someCustomName";
      neomutt.extraMailboxes = [
        "Sent"
        {
          mailbox = "Junk Email";
          name = "Spam";
          type = "imap";
        }
        { mailbox = "Trash"; }
      ];
    };
  };

  programs.neomutt = {
    enable = true;
    vimKeys = false;
  };

  test.expected = {
    "home-files/.config/neomutt/neomuttrc" = ./with-imap-type-mailboxes-expected.conf;
  };
}
