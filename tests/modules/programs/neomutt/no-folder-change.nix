# After Home Manager's neomutt-no-folder-change: sourcing an account leaves
# the folder alone.
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
    changeFolderWhenSourcingAccount = false;
  };

  test.expected = {
    "home-files/.config/neomutt/hm@example.com" = ./no-folder-change-expected-account;
  };
}
