import ./lib/syntax-error.nix
