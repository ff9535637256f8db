# Mirrors Home Manager's notmuch-null-identity: a user section set to null
# fails both assertions.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com".notmuch.enable = true;

  programs.notmuch = {
    enable = true;
    settings.user = {
      name = null;
      primary_email = null;
    };
  };
}
