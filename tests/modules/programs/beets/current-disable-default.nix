# Home Manager's beets-current-disable-default test: from state version
# 19.03 on, settings alone write no config.yaml.
{ config, lib, ... }:
{
  home.stateVersion = "19.03";

  programs.beets.settings = {
    directory = "~/Music";
  };

  home.file.beets-files.text = lib.concatMapStrings (n: n + "\n") (
    lib.filter (lib.hasPrefix "beets/") (builtins.attrNames config.xdg.configFile)
  );

  test.expected."home-files/beets-files" = ./current-disable-default-expected.txt;
}
