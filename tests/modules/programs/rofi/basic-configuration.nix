# Mirrors Home Manager's rofi basic-configuration test: another config
# path, a named theme after the block, nested blocks, null left out.
{ config, lib, ... }:
{
  programs.rofi = {
    enable = true;
    configPath = "${config.xdg.configHome}/rofi/alternate.rasi";
    theme = "Arc";
    settings = lib.mkDefault {
      location = 2;
      font = "monospace 12";
      cycle = null;
      modes = [
        "drun"
        "custom:/some/script"
      ];
      matching = "normal";
      filebrowser.directories-first = true;
    };
  };

  home.file.rofi-files.text = builtins.toJSON (
    builtins.filter (lib.hasPrefix "rofi/") (builtins.attrNames config.xdg.configFile)
  );

  test.expected = {
    "home-files/.config/rofi/alternate.rasi" = ./basic-configuration.rasi;
    "home-files/rofi-files" = ./no-config-files.json;
  };
}
