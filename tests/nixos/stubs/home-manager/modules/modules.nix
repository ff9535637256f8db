# A stand-in for Home Manager's module list, with just what the NixOS
# module relies on: home.username/homeDirectory/uid/packages/path/
# activationPackage, submoduleSupport, programs.bash.enable, assertions
# and warnings, and the nixpkgs module (or, with useGlobalPkgs, the one
# reporting nixpkgs settings).
{
  pkgs,
  lib,
  check ? true,
  useNixpkgsModule ? true,
  minimal ? false,
}:

let
  pkgsModule = {
    config = {
      _module.args.pkgs = lib.mkDefault pkgs;
      _module.args.pkgsPath = lib.mkDefault pkgs.path;
      _module.check = check;
      stub.minimal = minimal;
    };
  };
in
[
  ../../../../../share/hearth/lib/modules/assertions.nix
  ./core.nix
  pkgsModule
]
++ [ (if useNixpkgsModule then ./nixpkgs.nix else ./nixpkgs-disabled.nix) ]
