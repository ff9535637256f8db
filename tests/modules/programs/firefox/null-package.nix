# Mirrors Home Manager's firefox-null-package test: profiles without a
# package installs nothing (not even through the native messaging hosts).
{ config, lib, ... }:
{
  programs.firefox = {
    enable = true;
    package = null;
    profiles.test.settings."general.smoothScroll" = false;
  };

  home.file.state.text = builtins.toJSON {
    finalPackage = config.programs.firefox.finalPackage;
    firefoxPackages = builtins.filter (n: lib.hasInfix "firefox" n) (map (p: p.name) config.home.packages);
    hosts = lib.hasAttr ".mozilla/native-messaging-hosts" config.home.file;
  }
  + "\n";

  test.expected = {
    "home-files/state" = ./null-package-expected.json;
    "home-files/.mozilla/firefox/test/user.js" = ./null-package-expected-user.js;
  };
}
