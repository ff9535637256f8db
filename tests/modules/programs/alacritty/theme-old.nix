# Before 0.14 (the stub package's version is 0) the import goes under
# `general`.
{ config, lib, pkgs, ... }:
{
  programs.alacritty = {
    enable = true;
    themePackage = pkgs.runCommand "alacritty-theme-1" { } "";
    theme = "solarized_dark";
  };

  test.expected."home-files/.config/alacritty/alacritty.toml" = ./theme-old-expected.toml;
}
