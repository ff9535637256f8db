builtins.toFile "x" "${./lib/answer.nix}"
