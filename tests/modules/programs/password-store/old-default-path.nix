# Mirrors Home Manager's password-store-old-default-path test: before
# 25.11 the old default applies, with a warning.
{
  home.stateVersion = "25.05";
  programs.password-store.enable = true;

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./old-default-path-expected-vars.sh;
    "warnings" = ./old-default-path-expected-warnings.txt;
  };
}
