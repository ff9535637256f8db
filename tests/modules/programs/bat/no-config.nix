# Nothing configured: no files and no cache rebuild.
{ config, lib, ... }:
{
  programs.bat.enable = true;

  home.file.state.text = builtins.toJSON {
    files = builtins.filter (lib.hasPrefix "bat/") (builtins.attrNames config.xdg.configFile);
    activation = config.home.activation ? batCache;
  };

  test.expected."home-files/state" = ./no-config-expected.json;
}
