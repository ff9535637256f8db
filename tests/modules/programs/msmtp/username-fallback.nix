# Home Manager's msmtp-username-fallback test: the SMTP user is the
# account's user name when the server sets none.
{
  accounts.email.accounts."fallback-test" = {
    primary = true;
    address = "test@example.com";
    userName = "default-user";
    realName = "Test User";
    passwordCommand = "pass test";

    imap.host = "imap.example.com";
    smtp.host = "smtp.example.com";

    msmtp.enable = true;
  };

  programs.msmtp.enable = true;

  test.expected."home-files/.config/msmtp/config" = ./username-fallback-expected.conf;
}
