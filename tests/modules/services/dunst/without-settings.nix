# Mirrors Home Manager's dunst without-settings test: the icon path alone
# still makes a dunstrc.
{ pkgs, ... }:
{
  services.dunst = {
    enable = true;
    package = pkgs.runCommand "dunst" { } "";
  };

  test.expected = {
    "home-files/.config/dunst/dunstrc" = ./without-settings-expected.ini;
    "home-files/.config/systemd/user/dunst.service" = ./expected.service;
  };
}
