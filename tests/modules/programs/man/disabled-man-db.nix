# Mirrors Home Manager's man-disabled-man-db: programs.man off means no
# ~/.manpath, whatever man-db asks for.
{ config, pkgs, ... }:
{
  programs.man = {
    enable = false;
    package = pkgs.man;
    man-db.enable = true;
    generateCaches = true;
  };

  home.file.state.text = builtins.toJSON {
    manpath = config.home.file ? ".manpath";
    outputs = config.home.extraOutputsToInstall;
  };

  test.expected."home-files/state" = ./disabled-man-db-expected.json;
}
