# Mirrors Home Manager's firefox-profiles-userchrome test: userChrome.css
# given as text and as a file, and no chrome file for a profile without.
{
  programs.firefox = {
    enable = true;
    profiles = {
      basic.isDefault = true;
      lines = {
        id = 1;
        userChrome = builtins.readFile ./chrome/userChrome.css;
        userContent = "* { scrollbar-width: none !important; }\n";
      };
      file = {
        id = 2;
        userChrome = ./chrome/userChrome.css;
      };
    };
  };

  test.expected = {
    "home-files/.mozilla/firefox/lines/chrome/userChrome.css" = ./chrome/userChrome.css;
    "home-files/.mozilla/firefox/lines/chrome/userContent.css" =
      ./profiles-userchrome-expected-content.css;
    "home-files/.mozilla/firefox/file/chrome/userChrome.css" = ./chrome/userChrome.css;
  };
}
