{ inner = import ./leaf.nix; }
