builtins.toJSON (import ../floats.nix)
