# Mirrors Home Manager's easyeffects-null-presets: null presets write no
# preset files.
{ config, lib, ... }:
{
  services.easyeffects = {
    enable = true;
    extraPresets = null;
  };

  home.file.preset-files.text =
    builtins.toJSON (lib.filter (lib.hasPrefix "easyeffects/") (builtins.attrNames config.xdg.dataFile))
    + "\n";
  test.expected."home-files/preset-files" = ./null-presets-expected.json;
}
