./lib + "${./lib/answer.nix}"
