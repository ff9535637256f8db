# Hearth's own case: nothing configured writes no pqivrc.
{ config, lib, ... }:
{

  programs.pqiv.enable = true;

  home.file.state.text = builtins.toJSON { pqivrc = config.xdg.configFile ? pqivrc; };

  test.expected."home-files/state" = ./empty-expected.json;
}
