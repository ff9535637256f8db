# Home Manager's herbstluftwm-simple-config test. Adapted: the shell in the
# first line is the stubs' placeholder bash, and words that need no quoting
# (max, 12, -12, the tag 1) stand bare: Home Manager's stored autostart
# comes from a nixpkgs whose escapeShellArg quoted every word.
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ../script-newline-pkgs.nix { inherit lib; });

  xsession.windowManager.herbstluftwm = {
    enable = true;
    settings = {
      always_show_frame = true;
      default_frame_layout = "max";
      frame_bg_active_color = "#000000";
      frame_gap = 12;
      frame_padding = -12;
    };
    keybinds = {
      "Mod4-1" = "use 1";
      "Mod4-2" = "use 2";
      "Mod4-Tab" = "cycle 1";
      "Mod4-Alt-Tab" = "cycle -1";
    };
    mousebinds = {
      "Mod4-B1" = "move";
      "Mod4-B3" = "resize";
    };
    rules = [
      "focus=on"
      "windowtype~'_NET_WM_WINDOW_TYPE_(DIALOG|UTILITY|SPLASH)' focus=on pseudotile=on"
      "class~'[Pp]inentry' instance=pinentry focus=on floating=on floatplacement=center keys_inactive='.*'"
    ];
    tags = [
      "1"
      "with space"
      "wə1rd#ch@rs'"
    ];
    extraConfig = ''
      herbstclient use 1
    '';
  };

  test.expected."home-files/.config/herbstluftwm/autostart" = ./herbstluftwm-simple-config-autostart;
}
