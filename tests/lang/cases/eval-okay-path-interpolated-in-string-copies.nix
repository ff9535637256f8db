"${./lib/answer.nix}"
