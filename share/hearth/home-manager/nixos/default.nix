# <home-manager/nixos>: Home Manager's NixOS module, over the Home Manager
# modules shipped beside it (../modules). Used as
#   imports = [ <home-manager/nixos> ];
import ./make-module.nix { hmModules = ../modules; }
