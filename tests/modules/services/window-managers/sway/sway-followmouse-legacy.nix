# Mirrors Home Manager's sway-followmouse-legacy test: a boolean becomes no.
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
    config.focus.followMouse = false;
    config.bars = [ ];
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-followmouse-legacy-expected.conf;
  };
}
