# <home-manager/nixos> for the tests: Hearth's NixOS module over the
# stand-in Home Manager modules.
import ../../../../../share/hearth/home-manager/nixos/make-module.nix { hmModules = ../modules; }
