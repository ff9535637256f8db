# Mirrors Home Manager's aria2-disabled: nothing under ~/.config/aria2,
# even with settings given.
{ config, lib, ... }:
{
  programs.aria2 = {
    enable = false;
    settings.listen-port = 60000;
  };

  home.file.state.text = builtins.toJSON (
    builtins.filter (lib.hasPrefix "aria2") (builtins.attrNames config.xdg.configFile)
  );

  test.expected."home-files/state" = ./disabled-expected.json;
}
