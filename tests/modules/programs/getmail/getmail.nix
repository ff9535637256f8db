# Mirrors Home Manager's getmail test: an IMAP account on port 993 handing
# mail to an external program. Adapted: the file is .getmail/getmailrc, as
# the module names the primary account's file (the stored test, older,
# names it getmailhm@example.com), and the expected bytes are the module's
# format (key = value in template order), which that test's file has.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com" = {
    getmail = {
      enable = true;
      mailboxes = [
        "INBOX"
        "Sent"
        "Work"
      ];
      destinationCommand = "/bin/maildrop";
      delete = false;
    };
    imap.port = 993;
  };

  test.expected."home-files/.getmail/getmailrc" = ./getmail-expected.conf;
}
