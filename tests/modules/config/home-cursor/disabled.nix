# Home Manager's home-cursor-disabled: enable = false wins over the rest,
# with no warning.
{ lib, pkgs, ... }:
{
  home.stateVersion = "25.05";
  home.pointerCursor = {
    enable = false;
    package = import ./cursor-package.nix { inherit pkgs; };
    name = "catppuccin-macchiato-blue-standard";
    size = 64;
    gtk.enable = true;
    hyprcursor.enable = true;
    x11.enable = true;
  };

  test.expected = {
    "warnings" = ./disabled-expected-warnings.txt;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./disabled-expected-vars.sh;
  };
}
