import ./lib/needs-args.nix { a = 1; }
