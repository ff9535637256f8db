import ./lib/pos.nix
