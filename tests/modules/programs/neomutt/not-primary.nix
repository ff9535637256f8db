# Mirrors Home Manager's neomutt-not-primary: without the primary account,
# the first NeoMutt account is sourced.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts = {
    "hm@example.com".maildir = null;
    hm-account.neomutt.enable = true;
  };

  programs.neomutt.enable = true;

  test.expected."home-files/.config/neomutt/neomuttrc" = ./not-primary-expected.conf;
}
