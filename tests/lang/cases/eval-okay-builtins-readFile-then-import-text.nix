builtins.readFile ./lib/answer.nix
