# A theme from the collection, imported at the top level for Alacritty
# 0.14 (under `general` before it), through a derivation that checks the
# theme exists.
{ config, lib, pkgs, ... }:
{
  programs.alacritty = {
    enable = true;
    package = pkgs.runCommand "alacritty-0.14.0" { version = "0.14.0"; } "";
    themePackage = pkgs.runCommand "alacritty-theme-1" { } "";
    theme = "solarized_dark";
    settings.window.opacity = 0.9;
  };

  test.expected."home-files/.config/alacritty/alacritty.toml" = ./theme-expected.toml;
}
