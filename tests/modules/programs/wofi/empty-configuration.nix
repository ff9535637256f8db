# Mirrors Home Manager's wofi-empty-configuration: neither file is written.
{ config, ... }:
{
  programs.wofi.enable = true;

  home.file.written.text =
    builtins.toJSON {
      config = config.xdg.configFile ? "wofi/config";
      style = config.xdg.configFile ? "wofi/style.css";
    }
    + "\n";
  test.expected."home-files/written" = ./empty-configuration-expected.json;
}
