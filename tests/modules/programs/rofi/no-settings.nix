# Mirrors Home Manager's rofi no-settings test: rofi installed, no
# config.rasi and no theme file.
{ config, lib, ... }:
{
  programs.rofi.enable = true;

  home.file.rofi-state.text = builtins.toJSON {
    installed = builtins.elem config.programs.rofi.finalPackage config.home.packages;
    files = builtins.filter (lib.hasInfix "rofi") (
      builtins.attrNames config.home.file ++ builtins.attrNames config.xdg.dataFile
    );
  };

  test.expected."home-files/rofi-state" = ./no-settings-expected.json;
}
