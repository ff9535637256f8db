# Mirrors Home Manager's sway-modules test: input, output and seat blocks.
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
    config.input."*".xkb_variant = "dvorak";
    config.output."HDMI-A-2".bg = "~/path/to/background.png fill";
    config.seat."*".hide_cursor = "when-typing enable";
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-modules.conf;
  };
}
