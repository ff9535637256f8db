# Home Manager's aerc-encode-url test: a user name that is an address is
# percent-encoded in the IMAP and SMTP URLs.
{
  programs.aerc = {
    enable = true;
    extraConfig.general.unsafe-accounts-conf = true;
  };

  accounts.email.accounts = {
    basic = {
      realName = "Foo Bar";
      userName = "user@example.com";
      address = "user@example.com";
      primary = true;
      aerc.enable = true;
      imap.host = "imap.example.com";
      smtp.host = "smtp.example.com";
    };
  };

  test.expected."home-files/.config/aerc/accounts.conf" = ./encode-url-expected.conf;
}
