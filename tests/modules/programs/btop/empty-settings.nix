# No settings: btop keeps its own configuration file.
{ config, lib, ... }:
{
  programs.btop.enable = true;

  home.file.btop-files.text = builtins.toJSON (
    builtins.filter (lib.hasPrefix "btop/") (builtins.attrNames config.xdg.configFile)
  );

  test.expected."home-files/btop-files" = ./empty-settings-expected.json;
}
