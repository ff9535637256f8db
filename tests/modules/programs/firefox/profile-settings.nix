# Mirrors Home Manager's firefox-profiles-settings test: a default profile
# and a second one whose settings hold a file, a list (as JSON text) and a
# boolean. Home Manager's current expected user.js also has a
# toolkit.profiles.storeID line its test sets; this case leaves it out.
{ config, lib, ... }:
{
  programs.firefox = {
    enable = true;
    profiles = {
      basic.isDefault = true;
      test = {
        id = 1;
        settings = {
          "browser.bookmarks.file" = ./bookmarks.html;
          "general.smoothScroll" = false;
          "browser.newtabpage.pinned" = [
            {
              title = "NixOS";
              url = "https://nixos.org";
            }
          ];
        };
      };
    };
  };

  # The package is installed (unwrapped: the state version is 18.09), and
  # its native messaging hosts linked.
  home.file.state.text =
    builtins.toJSON {
      firefoxPackages = builtins.filter (lib.hasInfix "firefox") (map (p: p.name) config.home.packages);
      hosts = config.home.file.".mozilla/native-messaging-hosts".recursive;
    }
    + "\n";

  test.expected = {
    "home-files/state" = ./profile-settings-expected.json;
    "home-files/.mozilla/firefox/profiles.ini" = ./profile-settings-expected-profiles.ini;
    "home-files/.mozilla/firefox/test/user.js" = ./profile-settings-expected-user.js;
    "home-files/.mozilla/firefox/basic/.keep" = ./empty;
  };
}
