# home.language fields map to LANG and LC_* variables.
{
  xdg.enable = false;
  home.language = {
    base = "en_GB.UTF-8";
    time = "de_DE.UTF-8";
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./language-expected.sh;
}
