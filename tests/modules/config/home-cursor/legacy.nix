# Home Manager's home-cursor-legacy: before 25.05 a set value enables the
# cursor without `enable`.
{ lib, pkgs, ... }:
{
  home.stateVersion = "24.11";
  home.pointerCursor = {
    package = import ./cursor-package.nix { inherit pkgs; };
    name = "catppuccin-macchiato-blue-standard";
    size = 64;
    gtk.enable = true;
    hyprcursor.enable = true;
    x11.enable = true;
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./home-cursor-expected-vars.sh;
}
