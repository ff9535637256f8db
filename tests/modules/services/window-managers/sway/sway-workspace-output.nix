# Mirrors Home Manager's sway-workspace-output test: outputs are quoted.
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
    config.workspaceOutputAssign = [
      {
        workspace = "1";
        output = "eDP";
      }
      {
        workspace = "ABC";
        output = "DP";
      }
      {
        workspace = "3: Test";
        output = "HDMI";
      }
      {
        workspace = ''!"§$%&/(){}[]=?\*#<>-_.:,;²³'';
        output = "DVI";
      }
    ];
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-workspace-output-expected.conf;
  };
}
