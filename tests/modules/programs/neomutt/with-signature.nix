# Mirrors Home Manager's neomutt-with-signature: the signature text as a file.
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
      signature = {
        showSignature = "append";
        text = ''
          --
          Test Signature
        '';
      };
    };
  };

  programs.neomutt = {
    enable = true;
    vimKeys = false;
  };

  test.expected = {
    "home-files/.config/neomutt/neomuttrc" = ./with-signature-expected.conf;
    "home-files/.config/neomutt/hm@example.com" = ./with-signature-expected-account;
  };
}
