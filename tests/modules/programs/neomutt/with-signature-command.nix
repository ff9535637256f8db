# After Home Manager's neomutt-with-signature-command: the signature is a
# command's output.
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
        command = "/bin/signature";
      };
    };
  };

  programs.neomutt = {
    enable = true;
  };

  test.expected = {
    "home-files/.config/neomutt/hm@example.com" = ./with-signature-command-expected-account;
  };
}
