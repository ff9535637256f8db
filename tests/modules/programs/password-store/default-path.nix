# Mirrors Home Manager's password-store-default-path test: from 25.11 on,
# no PASSWORD_STORE_DIR and no warning.
{
  home.stateVersion = "25.11";
  programs.password-store.enable = true;

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./no-variables-expected-vars.sh;
    "warnings" = ./no-warnings-expected.txt;
  };
}
