# The programs plugins run (`runtimeDeps`) join extraPackages at the end of
# nvim's PATH, as Home Manager's autowrapRuntimeDeps does, once each; an
# optional plugin's count too.
{ config, pkgs, ... }:
let
  plugins = import ./plugin-stubs.nix;
in
{
  programs.neovim = {
    enable = true;
    extraPackages = [ pkgs.ripgrep ];
    plugins = [
      plugins.editorconfig-vim
      {
        plugin = plugins.editorconfig-vim;
        optional = true;
      }
    ];
  };

  home.file.wrapper.text = config.programs.neovim.finalPackage.buildCommand;

  test.expected."home-files/wrapper" = ./plugin-runtime-deps-expected-wrapper.sh;
}
