# Mirrors Home Manager's firefox-config-path-xdg-default test: from state
# version 26.05 on, profiles go under $XDG_CONFIG_HOME, and nothing warns.
{
  home.stateVersion = "26.05";
  xdg.configHome = "/home/hm-user/.config-custom";
  programs.firefox = {
    enable = true;
    profiles.test.settings."general.smoothScroll" = false;
  };

  test.expected = {
    "home-files/.config-custom/mozilla/firefox/test/user.js" = ./config-path-expected-user.js;
    "home-files/.config-custom/mozilla/firefox/profiles.ini" = ./config-path-xdg-expected-profiles.ini;
    warnings = ./empty;
  };
}
