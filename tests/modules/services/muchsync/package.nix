# The muchsync package as a placeholder, and notmuch, which it needs
# (with the shared test accounts, which notmuch asks for).
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  programs.notmuch.enable = true;
  accounts.email.accounts."hm@example.com".notmuch.enable = true;
  services.muchsync.package = {
    type = "derivation";
    name = "muchsync";
    outPath = "@muchsync@";
    meta.mainProgram = "muchsync";
  };
}
