# Mirrors Home Manager's firefox-config-path-explicit-legacy test: the
# legacy directory set explicitly keeps the profiles there, silently.
{
  home.stateVersion = "25.11";
  programs.firefox = {
    enable = true;
    configPath = ".mozilla/firefox";
    profiles.test.settings."general.smoothScroll" = false;
  };

  test.expected = {
    "home-files/.mozilla/firefox/test/user.js" = ./config-path-expected-user.js;
    warnings = ./empty;
  };
}
