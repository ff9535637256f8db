# Mirrors Home Manager's sway-default test: the configuration sway's defaults
# give, and sway-session.target.
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

  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-default.conf;
    "home-files/.config/systemd/user/sway-session.target" = ./sway-default.target;
  };
}
