(import ./lib/undefined-variable.nix).a
