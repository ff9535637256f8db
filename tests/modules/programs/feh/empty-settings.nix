# Mirrors Home Manager's feh-empty-settings test: nothing set, no files;
# the package is still installed.
{ config, lib, ... }:
{
  programs.feh.enable = true;

  home.file.feh-state.text = builtins.toJSON {
    files = builtins.filter (lib.hasPrefix "feh/") (builtins.attrNames config.xdg.configFile);
    installed = lib.any (p: p.name == "feh") config.home.packages;
  };

  test.expected."home-files/feh-state" = ./empty-settings-expected.json;
}
