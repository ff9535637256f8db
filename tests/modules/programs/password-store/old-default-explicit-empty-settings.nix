# Mirrors Home Manager's password-store-old-default-explicit-empty-settings
# test: defining settings, even as { }, drops the old default silently.
{
  home.stateVersion = "25.05";
  programs.password-store = {
    enable = true;
    settings = { };
  };

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./no-variables-expected-vars.sh;
    "warnings" = ./no-warnings-expected.txt;
  };
}
