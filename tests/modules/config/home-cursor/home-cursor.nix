# Home Manager's home-cursor: from 25.05 `enable` turns the cursor on. The
# session gets XCURSOR_* and HYPRCURSOR_*, the profile a "default" theme
# inheriting it, and the theme is linked under ~/.icons and
# $XDG_DATA_HOME/icons.
{ lib, pkgs, ... }:
{
  home.stateVersion = "25.05";
  home.pointerCursor = {
    enable = true;
    package = import ./cursor-package.nix { inherit pkgs; };
    name = "catppuccin-macchiato-blue-standard";
    size = 64;
    gtk.enable = true;
    hyprcursor.enable = true;
    x11.enable = true;
  };

  test.expected = {
    "home-path/share/icons/default/index.theme" = ./home-cursor-expected-index.theme;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./home-cursor-expected-vars.sh;
    "manifest/files" = ./home-cursor-expected-files.json;
  };
}
