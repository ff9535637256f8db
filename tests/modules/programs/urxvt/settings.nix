# Hearth's own case (Home Manager has no urxvt test): fonts, key bindings,
# scrollbar settings, and an extra resource replacing a fixed one.
{ lib, ... }:
{
  programs.urxvt = {
    enable = true;
    fonts = [
      "xft:Droid Sans Mono Nerd Font:size=9"
      "xft:DejaVu Sans Mono:size=9"
    ];
    keybindings = {
      "Shift-Control-C" = "eval:selection_to_clipboard";
      "Shift-Control-V" = "eval:paste_clipboard";
    };
    scroll = {
      bar = {
        style = "rxvt";
        position = "left";
        floating = false;
      };
      lines = 5000;
      scrollOnOutput = true;
    };
    transparent = true;
    shading = 150;
    iso14755 = false;
    extraConfig = {
      shading = 15;
      "perl-ext-common" = "default,matcher";
    };
  };

  test.expected."home-files/.Xresources" = ./settings-expected.conf;
}
