# With autowrapRuntimeDeps off, the programs plugins run stay off nvim's
# PATH; the plugins are still on its packpath.
{ config, ... }:
let
  plugins = import ./plugin-stubs.nix;
in
{
  programs.neovim = {
    enable = true;
    autowrapRuntimeDeps = false;
    plugins = [ plugins.editorconfig-vim ];
  };

  home.file.wrapper.text = config.programs.neovim.finalPackage.buildCommand;

  test.expected."home-files/wrapper" = ./plugin-no-runtime-deps-expected-wrapper.sh;
}
