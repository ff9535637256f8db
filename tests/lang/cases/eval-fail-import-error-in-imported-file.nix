(import ./lib/throws.nix).x
