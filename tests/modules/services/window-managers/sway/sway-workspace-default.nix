# Mirrors Home Manager's sway-workspace-default test.
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
    config.defaultWorkspace = "workspace number 1";
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-workspace-default-expected.conf;
  };
}
