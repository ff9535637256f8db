# Mirrors Home Manager's notmuch-enabled-only (state version 18.09): the
# database path, the excluded tags and the user from the primary account.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com".notmuch.enable = true;
  programs.notmuch.enable = true;

  test.expected = {
    "home-files/.config/notmuch/default/config" = ./enabled-only-expected.conf;
    warnings = ./no-warnings;
  };
}
