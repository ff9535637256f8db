# Mirrors Home Manager's sway-post-2003 test: state version 20.09.
{ pkgs, ... }:

{
  home.stateVersion = "20.09";

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

  test.expected."home-files/.config/sway/config" = ./sway-post-2003.conf;
}
