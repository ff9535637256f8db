# Mirrors Home Manager's dunst with-settings test.
{ pkgs, ... }:
{
  services.dunst = {
    enable = true;
    package = pkgs.runCommand "dunst" { } "";
    settings = {
      global = {
        width = "(200,300)";
        height = "(0,150)";
        offset = "(30,50)";
        origin = "top-right";
        transparency = 10;
        frame_color = "#eceff1";
        font = "Droid Sans 9";
      };
      urgency_normal = {
        background = "#37474f";
        foreground = "#eceff1";
        timeout = 10;
      };
    };
  };

  test.expected = {
    "home-files/.config/dunst/dunstrc" = ./with-settings-expected.ini;
    "home-files/.config/systemd/user/dunst.service" = ./expected.service;
  };
}
