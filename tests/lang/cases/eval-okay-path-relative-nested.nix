./lib/answer.nix
