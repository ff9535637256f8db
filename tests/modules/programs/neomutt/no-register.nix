# Mirrors Home Manager's neomutt-no-register: an account left out of
# neomuttrc's registrations is still sourced as the primary one.
{
  imports = [ ../../accounts/email-test-accounts.nix ];

  accounts.email.accounts."hm@example.com".neomutt = {
    enable = true;
    registerAccount = false;
  };

  programs.neomutt.enable = true;

  test.expected."home-files/.config/neomutt/neomuttrc" = ./no-register-expected.conf;
}
