builtins.hasContext ("a" + "${./lib/answer.nix}")
