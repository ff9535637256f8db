# No settings: no file, but the package is installed.
{ config, lib, ... }:
{
  programs.alacritty.enable = true;

  home.file.state.text = builtins.toJSON {
    file = config.xdg.configFile ? "alacritty/alacritty.toml";
    installed = lib.any (p: (p.name or "") == "alacritty") config.home.packages;
  };

  test.expected."home-files/state" = ./empty-settings-expected.json;
}
