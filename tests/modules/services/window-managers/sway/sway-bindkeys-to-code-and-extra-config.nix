# Mirrors Home Manager's sway-bindkeys-to-code-and-extra-config test (with
# the placeholder package of the other cases): --to-code on every binding,
# extraConfigEarly first and extraConfig last.
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
    config.bindkeysToCode = true;
    extraConfigEarly = ''
      import $HOME/.cache/wal/colors-sway
    '';
    extraConfig = ''
      exec_always pkill flashfocus; flasfocus &
    '';
  };

  test.expected = {
    "home-files/.config/sway/config" = ./sway-bindkeys-to-code-and-extra-config.conf;
  };
}
