# pkgs.vimPlugins, evaluated over a small fixed Debian index
# (../fixtures/vim-index: Debian 12's entries for a few plugin packages,
# vim-tabular's version given an epoch and a tilde). Nothing is fetched or
# built: these are the derivations' names, attributes and dependencies,
# and the errors for plugins Debian lacks.
{ lib, pkgs, nixpkgs }:
let
  debianPkgs = import nixpkgs {
    config.debian.index = toString ../fixtures/vim-index;
    overlays = [ ];
  };
  vp = debianPkgs.vimPlugins;
  throws = v: !(builtins.tryEval v).success;
in
{
  # The package set without a Debian index has no vimPlugins.
  withoutIndex = {
    expr = pkgs ? vimPlugins;
    expected = false;
  };

  fugitive = {
    expr = {
      inherit (vp.vim-fugitive) name pname version;
      getName = lib.getName vp.vim-fugitive;
      isDerivation = lib.isDerivation vp.vim-fugitive;
      vimPlugin = vp.vim-fugitive.vimPlugin;
      # The plugin is laid out from the package's own unpacked files.
      src = vp.vim-fugitive.src.name;
      debian = vp.vim-fugitive.debian;
      dependencies = vp.vim-fugitive.dependencies;
    };
    expected = {
      name = "vimplugin-vim-fugitive-3.7-1";
      pname = "vim-fugitive";
      version = "3.7-1";
      getName = "vim-fugitive";
      isDerivation = true;
      vimPlugin = true;
      src = "vim-fugitive-3.7-1";
      debian = {
        package = "vim-fugitive";
        pack = "";
        version = "3.7-1";
      };
      dependencies = [ ];
    };
  };

  # nixpkgs' attribute names, not Debian's.
  nixpkgsNames = {
    expr = map (n: lib.getName vp.${n}) [
      "editorconfig-vim"
      "tlib_vim"
      "vim-airline-themes"
    ];
    expected = [
      "editorconfig-vim"
      "tlib_vim"
      "vim-airline-themes"
    ];
  };

  debianNamesAreNotAttributes = {
    expr = map (n: vp ? ${n}) [
      "vim-tlib"
      "vim-editorconfig"
      "vim-solarized"
    ];
    expected = [
      false
      false
      false
    ];
  };

  # Debian's Depends on other plugin packages become `dependencies`.
  snipmateDependencies = {
    expr = map lib.getName vp.vim-snipmate.dependencies;
    expected = [
      "vim-addon-mw-utils"
      "tlib_vim"
    ];
  };

  airlineThemesDependOnAirline = {
    expr = map (p: p.name) vp.vim-airline-themes.dependencies;
    expected = [ "vimplugin-vim-airline-0.11-2" ];
  };

  # Programs a plugin runs, for Home Manager's autowrapRuntimeDeps.
  runtimeDeps = {
    expr = {
      editorconfig = map (p: p.pname) vp.editorconfig-vim.runtimeDeps;
      fugitive = vp.vim-fugitive.runtimeDeps;
    };
    expected = {
      editorconfig = [ "editorconfig" ];
      fugitive = [ ];
    };
  };

  # One plugin of a package that bundles several.
  surroundFromVimScripts = {
    expr = {
      inherit (vp.vim-surround) name;
      inherit (vp.vim-surround.debian) package pack;
      sameSource = vp.vim-surround.src.drvPath == vp.supertab.src.drvPath;
      otherOutput = vp.vim-surround.outPath != vp.supertab.outPath;
    };
    expected = {
      name = "vimplugin-vim-surround-20210124.2";
      package = "vim-scripts";
      pack = "surround";
      sameSource = true;
      otherOutput = true;
    };
  };

  # Store names cannot hold Debian's ':' and '~'.
  epochAndTilde = {
    expr = {
      inherit (vp.tabular) name version;
      debianVersion = vp.tabular.debian.version;
    };
    expected = {
      name = "vimplugin-tabular-1_1.0.0_git-2";
      version = "1_1.0.0_git-2";
      debianVersion = "1:1.0.0~git-2";
    };
  };

  # A plugin nixpkgs has and Debian does not package throws (the message
  # is checked by ../vim_plugins.test.sh); so does one whose Debian package
  # is missing from the apt sources (this index has no vim-ultisnips).
  notInDebian = {
    expr = vp.vim-nix;
    expectedError = true;
  };
  notInTheseSources = {
    expr = vp.ultisnips;
    expectedError = true;
  };

  # Every attribute is either a plugin or such an error.
  everyAttribute = {
    expr = lib.all (p: throws p || lib.isDerivation p) (lib.attrValues vp);
    expected = true;
  };
}
