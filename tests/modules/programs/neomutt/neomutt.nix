# Mirrors Home Manager's neomutt test: the primary account read from its
# maildir, with notmuch.
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
      primary = true;
    };
  };

  programs.neomutt = {
    enable = true;
    vimKeys = false;
  };

  test.expected = {
    "home-files/.config/neomutt/neomuttrc" = ./neomutt-expected.conf;
    "home-files/.config/neomutt/hm@example.com" = ./neomutt-expected-account;
  };
}
