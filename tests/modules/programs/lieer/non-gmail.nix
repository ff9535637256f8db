# Hearth's own case: lieer on an account that is not a Gmail one fails
# the module's assertion.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  programs.lieer = {
    enable = true;
    package = {
      type = "derivation";
      name = "lieer";
      outPath = "@lieer@";
    };
  };

  accounts.email.accounts.hm-account = {
    notmuch.enable = true;
    lieer.enable = true;
  };
}
