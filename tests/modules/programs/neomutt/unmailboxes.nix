# After Home Manager's neomutt-unmailboxes: the account's file first drops
# the mailboxes listed so far.
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
    };
  };

  programs.neomutt = {
    enable = true;
    unmailboxes = true;
  };

  test.expected = {
    "home-files/.config/neomutt/hm@example.com" = ./unmailboxes-expected-account;
  };
}
