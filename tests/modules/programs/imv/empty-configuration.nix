# Home Manager's imv-empty-configuration test: no settings, no file.
{ config, lib, ... }:
{
  programs.imv.enable = true;

  home.file.state.text = builtins.toJSON (
    builtins.filter (lib.hasPrefix "imv/") (builtins.attrNames config.xdg.configFile)
  );

  test.expected."home-files/state" = ./empty-configuration-expected.json;
}
