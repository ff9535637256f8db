# Mirrors Home Manager's sway-followmouse test: no bars.
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
    config.focus.followMouse = "always";
    config.bars = [ ];
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-followmouse-expected.conf;
  };
}
