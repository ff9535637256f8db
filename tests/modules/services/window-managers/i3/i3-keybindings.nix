# Mirrors Home Manager's i3-keybindings test: defaults extended with
# mkOptionDefault, one binding replaced, one dropped (null leaves a blank
# line), one added.
{ config, lib, ... }:

{
  xsession.windowManager.i3 = {
    enable = true;
    config.keybindings =
      let
        mod = config.xsession.windowManager.i3.config.modifier;
      in
      lib.mkOptionDefault {
        "${mod}+Left" = "overridden-command";
        "${mod}+Right" = null;
        "${mod}+Invented" = "invented-key-command";
      };
  };

  test.expected."home-files/.config/i3/config" = ./i3-keybindings-expected.conf;
}
