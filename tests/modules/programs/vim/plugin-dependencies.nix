# Plugins' dependencies are linked beside them in the package directory,
# each once, after the plugins that need them (as vimUtils' packDir does);
# a name of pkgs.vimPlugins that throws (Hearth's for a plugin Debian
# lacks, vim-sensible here) is left out of the defaults rather than
# failing the configuration.
{ config, lib, ... }:
let
  plugins = import ../neovim/plugin-stubs.nix;
  pkgs = import ../../stubs.nix { inherit lib; };
in
{
  _module.args.pkgs = lib.mkForce (
    pkgs
    // {
      vimPlugins = pkgs.vimPlugins // {
        vim-sensible = throw "pkgs.vimPlugins.vim-sensible: Debian 12 does not package the Vim plugin vim-sensible";
      };
    }
  );

  programs.vim = {
    enable = true;
    plugins = [
      plugins.vim-surround
      plugins.vim-repeat
      plugins.vim-nix
    ];
  };

  home.file.pack.text = config.programs.vim.package.packDir.buildCommand;

  test.expected."home-files/pack" = ./plugin-dependencies-expected-pack.sh;
}
