# Home Manager's msmtp-protocol-usernames test: smtp.userName wins over
# the account's user name (and imap.userName does not matter to msmtp).
{
  accounts.email.accounts."protocol-test" = {
    primary = true;
    address = "test@example.com";
    userName = "default-user";
    realName = "Test User";
    passwordCommand = "pass test";

    imap = {
      host = "imap.example.com";
      userName = "imap-specific-user";
    };

    smtp = {
      host = "smtp.example.com";
      userName = "smtp-specific-user";
    };

    msmtp.enable = true;
  };

  programs.msmtp.enable = true;

  test.expected."home-files/.config/msmtp/config" = ./protocol-usernames-expected.conf;
}
