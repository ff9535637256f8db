# Home Manager's mbsync-protocol-usernames test: imap.userName wins over
# the account's user name. Its expected file has the maildirs under ~/Mail,
# which the test as stored does not set, so this case sets it.
{
  accounts.email.maildirBasePath = "Mail";
  accounts.email.accounts."protocol-test" = {
    primary = true;
    address = "test@example.com";
    userName = "default-user";
    realName = "Test User";
    passwordCommand = "pass test";
    maildir.path = "protocol-test";

    imap = {
      host = "imap.example.com";
      userName = "imap-specific-user";
    };

    smtp = {
      host = "smtp.example.com";
      userName = "smtp-specific-user";
    };

    mbsync.enable = true;
  };

  programs.mbsync.enable = true;

  test.expected."home-files/.config/isyncrc" = ./protocol-usernames-expected.conf;
}
