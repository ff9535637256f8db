# Mirrors Home Manager's firefox-profiles-bookmarks test in its list form
# (expected-bookmarks-list.html): a toolbar folder, a bookmark, a
# separator, nested folders, and a bookmark with a keyword and tags.
{ config, ... }:
{
  programs.firefox = {
    enable = true;
    profiles.bookmarks = {
      settings."general.smoothScroll" = false;
      bookmarks = {
        force = true;
        settings = [
          {
            toolbar = true;
            bookmarks = [
              {
                name = "Home Manager";
                url = "https://wiki.nixos.org/wiki/Home_Manager";
              }
            ];
          }
          {
            name = "kernel.org";
            url = "https://www.kernel.org";
          }
          "separator"
          {
            name = "Nix sites";
            bookmarks = [
              {
                name = "homepage";
                url = "https://nixos.org/";
              }
              {
                name = "wiki";
                tags = [
                  "wiki"
                  "nix"
                ];
                url = "https://wiki.nixos.org/";
              }
              {
                name = "Nix sites";
                bookmarks = [
                  {
                    name = "homepage";
                    url = "https://nixos.org/";
                  }
                  {
                    name = "wiki";
                    url = "https://wiki.nixos.org/";
                  }
                ];
              }
            ];
          }
          {
            name = "wikipedia";
            tags = [ "wiki" ];
            keyword = "wiki";
            url = "https://en.wikipedia.org/wiki/Special:Search?search=%s&go=Go";
          }
        ];
      };
    };
  };

  # The bookmark file user.js names, readable here.
  home.file.bookmarks-html.text = config.programs.firefox.profiles.bookmarks.bookmarks.configFile.text;

  test.expected = {
    "home-files/.mozilla/firefox/bookmarks/user.js" = ./profiles-bookmarks-expected-user.js;
    "home-files/bookmarks-html" = ./profiles-bookmarks-expected.html;
  };
}
