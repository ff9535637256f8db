# Mirrors Home Manager's sway-null-package test: with the system's sway
# the bar still names pkgs.sway's swaybar; state version 20.09 writes the
# explicit default bar, whose tray is on the primary output.
{ pkgs, ... }:

{
  home.stateVersion = "20.09";

  wayland.windowManager.sway = {
    enable = true;
    package = null;
    config.menu = "${pkgs.dmenu}/bin/dmenu_run";
  };

  test.expected."home-files/.config/sway/config" = ./sway-post-2003.conf;
}
