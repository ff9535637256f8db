# After Home Manager's neomutt-with-starttls: SMTP with STARTTLS is smtp://.
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
      smtp.tls.useStartTls = true;
    };
  };

  programs.neomutt = {
    enable = true;
  };

  test.expected = {
    "home-files/.config/neomutt/hm@example.com" = ./with-starttls-expected-account;
  };
}
