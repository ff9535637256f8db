builtins.hasContext "${./lib/answer.nix}"
