builtins.getContext "a ${./lib/answer.nix} b"
