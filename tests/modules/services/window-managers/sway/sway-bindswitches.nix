# Mirrors Home Manager's sway-bindswitches test: without flags two spaces
# precede the switch, as Home Manager writes it.
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
    config.bindswitches = {
      "lid:on".action = "exec echo \"Lid moved\"";
      "tablet:on" = {
        action = "exec echo \"Lid moved\"";
        reload = true;
        locked = true;
      };
    };
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-bindswitches.conf;
  };
}
