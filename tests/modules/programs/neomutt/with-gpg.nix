# After Home Manager's neomutt-with-gpg: signing and encrypting by default.
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
      gpg = {
        key = "ABC";
        signByDefault = true;
        encryptByDefault = true;
      };
    };
  };

  programs.neomutt = {
    enable = true;
  };

  test.expected = {
    "home-files/.config/neomutt/hm@example.com" = ./with-gpg-expected-account;
  };
}
