import ../floats.nix
