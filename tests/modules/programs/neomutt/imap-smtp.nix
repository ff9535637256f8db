# An account read straight from IMAP (account-hook, imap_user, imap_pass)
# and sent over SMTPS, with mailboxes of other accounts dropped first.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com" = {
    imap.port = 993;
    smtp.port = 465;
    folders.drafts = null;
    neomutt = {
      enable = true;
      mailboxType = "imap";
      extraMailboxes = [
        {
          mailbox = "Archive";
          type = "maildir";
        }
      ];
    };
  };

  programs.neomutt = {
    enable = true;
    unmailboxes = true;
    sourcePrimaryAccount = false;
  };

  test.expected = {
    "home-files/.config/neomutt/neomuttrc" = ./imap-smtp-expected-neomuttrc;
    "home-files/.config/neomutt/hm@example.com" = ./imap-smtp-expected-hm-example.com;
  };
}
