# Nothing to say: no lesskey file, only the package.
{ config, lib, ... }:
{
  programs.less.enable = true;

  home.file.state.text = builtins.toJSON {
    lesskey = config.xdg.configFile ? lesskey;
    packages = map (p: p.name) config.home.packages;
  };

  test.expected."home-files/state" = ./no-config-expected.json;
}
