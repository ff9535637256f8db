import ./lib/fn.nix 3
