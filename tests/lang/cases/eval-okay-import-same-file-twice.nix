[ (import ./lib/answer.nix) (import ./lib/answer.nix) ]
