# Mirrors Home Manager's ncmpcpp-empty-settings: with nothing set, neither
# file is written.
{ config, ... }:
{
  programs.ncmpcpp.enable = true;

  home.file.written.text = builtins.toJSON [
    (config.xdg.configFile ? "ncmpcpp/config")
    (config.xdg.configFile ? "ncmpcpp/bindings")
  ];

  test.expected."home-files/written" = ./empty-settings-expected.json;
}
