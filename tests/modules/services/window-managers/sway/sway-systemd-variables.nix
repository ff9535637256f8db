# Mirrors Home Manager's sway-systemd-variables test.
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
    systemd.variables = [
      "XCURSOR_THEME"
      "XCURSOR_SIZE"
    ];
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-systemd-variables.conf;
  };
}
