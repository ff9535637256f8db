# Mirrors Home Manager's uv-no-settings: no settings, no uv.toml.
{ config, ... }:
{
  programs.uv.enable = true;

  home.file.written.text = builtins.toJSON (config.xdg.configFile ? "uv/uv.toml") + "\n";
  test.expected."home-files/written" = ./no-settings-expected.json;
}
