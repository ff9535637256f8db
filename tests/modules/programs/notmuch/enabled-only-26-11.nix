# Mirrors Home Manager's notmuch-enabled-only-26-11: from state version
# 26.11 on, no excluded tags of Home Manager's own.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  home.stateVersion = "26.11";
  accounts.email.accounts."hm@example.com".notmuch.enable = true;
  programs.notmuch.enable = true;

  test.expected = {
    "home-files/.config/notmuch/default/config" = ./enabled-only-26-11-expected.conf;
    warnings = ./no-warnings;
  };
}
