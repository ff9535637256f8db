# Evaluates a system configuration the way <nixpkgs/nixos/lib/eval-config.nix>
# does, over Hearth's system modules: the result has config, options, pkgs
# and extendModules. `pkgs` replaces `import <nixpkgs>` (tests pass a stub
# package set this way).
{
  system ? builtins.currentSystem,
  pkgs ? null,
  lib ? import ../../lib,
  modules,
  specialArgs ? { },
  prefix ? [ ],
  check ? true,
}:

let
  baseModules = import ../modules/module-list.nix;

  argsModule = {
    _file = ./eval-config.nix;
    key = ./eval-config.nix;
    config = {
      nixpkgs.system = lib.mkDefault system;
      nixpkgs.pkgs = lib.mkIf (pkgs != null) (lib.mkForce pkgs);
      _module.check = lib.mkDefault check;
      _module.args = {
        inherit baseModules modules;
        utils = import ./utils.nix { inherit lib; };
      };
    };
  };

  eval = lib.evalModules {
    class = "nixos";
    inherit prefix;
    specialArgs = {
      modulesPath = builtins.toString ../modules;
    }
    // specialArgs;
    modules = baseModules ++ [ argsModule ] ++ modules;
  };
in
eval
// {
  inherit (eval._module.args) pkgs;
}
