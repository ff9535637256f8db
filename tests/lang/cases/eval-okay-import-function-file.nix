import ./lib/function.nix { a = 40; }
