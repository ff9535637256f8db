# Mirrors Home Manager's neomutt-with-named-mailboxes: a name for the inbox,
# extra mailboxes by path and by name.
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
    "home-files/.config/neomutt/neomuttrc" = ./with-named-mailboxes-expected.conf;
  };
}
