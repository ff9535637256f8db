# Mirrors Home Manager's plugins.nix: one conf.d file per plugin putting its
# functions and completions on the search paths and sourcing its init
# files; its themes are linked on change.
{ config, lib, pkgs, ... }:
let
  plugin = config.home.file."${config.xdg.configHome}/fish/conf.d/plugin-foo.fish";
in
{
  programs.fish = {
    enable = true;
    generateCompletions = false;
    plugins = [
      {
        name = "foo";
        src = pkgs.writeText "fooPluginSrc" "";
      }
    ];
  };

  home.file.plugin-on-change.text = plugin.onChange;

  test.expected = {
    "home-files/.config/fish/conf.d/plugin-foo.fish" = ./plugins-expected.fish;
    "home-files/plugin-on-change" = ./plugins-expected-on-change.sh;
  };
}
