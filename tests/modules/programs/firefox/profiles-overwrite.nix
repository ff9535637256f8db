# Mirrors Home Manager's firefox-profiles-overwrite test: preConfig comes
# before the settings and extraConfig after them.
{
  programs.firefox = {
    enable = true;
    profiles = {
      basic.isDefault = true;
      test = {
        id = 6;
        preConfig = ''
          user_pref("browser.search.suggest.enabled", false);
        '';
        settings."browser.search.suggest.enabled" = true;
        extraConfig = ''
          user_pref("findbar.highlightAll", true);
        '';
      };
    };
  };

  test.expected."home-files/.mozilla/firefox/test/user.js" = ./profiles-overwrite-expected-user.js;
}
