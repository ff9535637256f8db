builtins.pathExists (toString ./lib/answer.nix)
