# Mirrors Home Manager's sway-extra-config test.
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
    extraConfigEarly = ''
      import $HOME/.cache/wal/colors-sway
    '';
    extraConfig = ''
      exec_always pkill flashfocus; flasfocus &
    '';
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-extra-config.conf;
  };
}
