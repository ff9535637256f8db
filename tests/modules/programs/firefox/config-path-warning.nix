# Mirrors Home Manager's firefox-config-path-warning test: before state
# version 26.05 profiles stay in ~/.mozilla/firefox, with a warning.
{
  home.stateVersion = "25.11";
  programs.firefox = {
    enable = true;
    profiles.test.settings."general.smoothScroll" = false;
  };

  test.expected = {
    "home-files/.mozilla/firefox/test/user.js" = ./config-path-expected-user.js;
    warnings = ./config-path-warning-expected.txt;
  };
}
