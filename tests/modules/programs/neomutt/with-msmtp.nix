# After Home Manager's neomutt-with-msmtp: mail goes out through msmtpq.
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
      msmtp.enable = true;
    };
  };

  programs.neomutt = {
    enable = true;
  };

  test.expected = {
    "home-files/.config/neomutt/hm@example.com" = ./with-msmtp-expected-account;
  };
}
