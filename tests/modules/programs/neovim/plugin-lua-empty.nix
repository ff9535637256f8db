# The configuration of Home Manager's neovim test extra-lua-empty-plugin.nix:
# a Lua plugin entry without config adds no Lua block, so init.lua is the
# provider line alone, and the plugin is still on the packpath.
{ config, ... }:
let
  plugins = import ./plugin-stubs.nix;
in
{
  programs.neovim = {
    enable = true;
    plugins = [
      {
        plugin = plugins.vim-nix;
        type = "lua";
      }
    ];
  };

  home.file.pack.text = config.programs.neovim.finalPackage.packDir.buildCommand;
  home.file.generated.text = builtins.toJSON config.programs.neovim.generatedConfigs + "\n";

  test.expected = {
    "home-files/.config/nvim/init.lua" = ./defaults-expected.lua;
    "home-files/pack" = ./plugin-lua-empty-expected-pack.sh;
    "home-files/generated" = ./plugin-lua-empty-expected-generated.json;
  };
}
