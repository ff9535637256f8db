# Mirrors Home Manager's password-store-nondefault-path test.
{
  home.stateVersion = "25.11";
  programs.password-store = {
    enable = true;
    settings.PASSWORD_STORE_DIR = "/some/random/path/I/store/pwds";
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./nondefault-path-expected-vars.sh;
}
