# Hearth's own case (Home Manager has no urxvt test): the resources the
# module writes when only enabled, and the package it installs.
{ config, lib, ... }:
{
  programs.urxvt.enable = true;

  home.file.packages.text = lib.concatMapStrings (p: "${p}\n") config.home.packages;

  test.expected = {
    "home-files/.Xresources" = ./defaults-expected.conf;
    "home-files/packages" = ./defaults-expected-packages.txt;
  };
}
