builtins.toJSON ./lib/answer.nix
