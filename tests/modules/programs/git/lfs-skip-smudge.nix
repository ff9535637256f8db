# skipSmudge adds --skip to the filter commands.
{ config, lib, ... }:
{
  home.stateVersion = "25.05";
  programs.git = {
    enable = true;
    lfs = {
      enable = true;
      skipSmudge = true;
    };
  };

  home.file.packages.text = lib.concatMapStrings (p: p.name + "\n") config.home.packages;

  test.expected = {
    "home-files/.config/git/config" = ./lfs-skip-smudge-expected.conf;
    "home-files/packages" = ./lfs-skip-smudge-expected-packages.txt;
  };
}
