# Home Manager's home-cursor-legacy-disabled: null still disables, with a
# deprecation warning, and the session has no cursor variables.
{
  home.stateVersion = "24.11";
  home.pointerCursor = null;

  test.expected = {
    "warnings" = ./legacy-disabled-expected-warnings.txt;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./disabled-expected-vars.sh;
  };
}
