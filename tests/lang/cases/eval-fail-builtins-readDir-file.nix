builtins.readDir ./lib/answer.nix
