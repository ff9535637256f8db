# Mirrors Home Manager's waybar-settings-complex test: two bars, module
# settings lifted to the top level, unset options left out; no style.css.
{ ... }:

{
  home.stateVersion = "21.11";

  programs.waybar = {
    enable = true;
    settings = import ./bars.nix { };
  };

  test.expected."home-files/.config/waybar/config" = ./settings-complex-expected.json;
}
