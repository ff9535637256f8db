# Mirrors Home Manager's firefox-profiles-extensions test: an extension's
# stored settings, which turn off the IndexedDB storage backend in user.js.
{
  programs.firefox = {
    enable = true;
    profiles.extensions.extensions = {
      force = true;
      settings."uBlock0@raymondhill.net".settings = {
        selectedFilterLists = [
          "ublock-filters"
          "ublock-badware"
          "ublock-privacy"
          "ublock-unbreak"
          "ublock-quick-fixes"
        ];
      };
    };
  };

  test.expected = {
    "home-files/.mozilla/firefox/extensions/browser-extension-data/uBlock0@raymondhill.net/storage.js" =
      ./profiles-extensions-expected-storage.js;
    "home-files/.mozilla/firefox/extensions/user.js" = ./profiles-extensions-expected-user.js;
  };
}
