import "lib/answer.nix"
