"${./lib/answer.nix}" == builtins.unsafeDiscardStringContext "${./lib/answer.nix}"
