(import ./lib/throws.nix).y
