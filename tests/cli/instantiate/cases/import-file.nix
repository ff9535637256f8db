import ./lib/imp.nix
