# After Home Manager's neomutt-simple test: the primary test account with
# msmtp (so mail goes out through msmtpq) and notmuch, and the other one
# sending over SMTP with a signature; neomuttrc registers both.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts = {
    "hm@example.com" = {
      msmtp.enable = true;
      notmuch.enable = true;
      neomutt = {
        enable = true;
        extraConfig = "color status cyan default";
      };
      gpg = {
        key = "ABC";
        signByDefault = true;
      };
    };
    hm-account = {
      neomutt = {
        enable = true;
        mailboxName = "=== hm-account ===";
        extraMailboxes = [
          "Sent"
          {
            mailbox = "Lists/nix";
            name = "nix";
          }
        ];
      };
      signature = {
        showSignature = "append";
        command = "/bin/signature";
      };
    };
  };

  programs.neomutt = {
    enable = true;
    vimKeys = false;
  };

  test.expected = {
    "home-files/.config/neomutt/neomuttrc" = ./simple-expected-neomuttrc;
    "home-files/.config/neomutt/hm@example.com" = ./simple-expected-hm-example.com;
    "home-files/.config/neomutt/hm-account" = ./simple-expected-hm-account;
  };
}
