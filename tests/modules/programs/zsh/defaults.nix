# Nothing configured: the three files Home Manager always writes, and the
# warning about dotDir's coming default.
{ config, lib, ... }:
{
  programs.zsh.enable = true;

  home.file.packages.text = lib.concatMapStrings (p: p.name + "\n") config.home.packages;
  home.file.warnings.text = lib.concatMapStrings (w: w + "\n") config.warnings;

  test.expected = {
    "home-files/.zshenv" = ./defaults-expected.zshenv;
    "home-files/.zprofile" = ./defaults-expected.zprofile;
    "home-files/.zshrc" = ./defaults-expected.zshrc;
    "home-files/warnings" = ./defaults-expected-warnings.txt;
    "home-files/packages" = ./defaults-expected-packages.txt;
  };
}
