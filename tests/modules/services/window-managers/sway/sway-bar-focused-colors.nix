# Mirrors Home Manager's sway-bar-focused-colors test.
{ pkgs, ... }:

{
  wayland.windowManager.sway = {
    enable = true;
    package = {
      type = "derivation";
      name = "sway";
      outPath = "@sway@";
    };
    checkConfig = false;
    config.menu = "${pkgs.dmenu}/bin/dmenu_run";
    config.bars = [
      {
        colors.focusedBackground = "#ffffff";
        colors.focusedStatusline = "#000000";
        colors.focusedSeparator = "#999999";
      }
    ];
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-bar-focused-colors.conf;
  };
}
