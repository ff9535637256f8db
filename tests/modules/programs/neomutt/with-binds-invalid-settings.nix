# After Home Manager's neomutt-with-binds-invalid-settings: an empty list
# of menus fails the assertion.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com".neomutt.enable = true;

  programs.neomutt = {
    enable = true;
    binds = [
      {
        action = "complete-query";
        key = "<Tab>";
        map = [ ];
      }
    ];
  };
}
