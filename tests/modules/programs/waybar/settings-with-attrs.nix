# Mirrors Home Manager's waybar-settings-with-attrs test: the same bars
# given by name come out as the same list, in name order.
{ ... }:

let
  bars = import ./bars.nix { };
in
{
  home.stateVersion = "21.11";

  programs.waybar = {
    enable = true;
    settings = {
      mainBar = builtins.head bars;
      secondaryBar = builtins.elemAt bars 1;
    };
  };

  test.expected."home-files/.config/waybar/config" = ./settings-complex-expected.json;
}
