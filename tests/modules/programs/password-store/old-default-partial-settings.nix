# Mirrors Home Manager's password-store-old-default-partial-settings test:
# other variables replace the old default rather than adding to it.
{
  home.stateVersion = "25.05";
  programs.password-store = {
    enable = true;
    settings.PASSWORD_STORE_KEY = "12345678";
  };

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./old-default-partial-settings-expected-vars.sh;
    "warnings" = ./no-warnings-expected.txt;
  };
}
