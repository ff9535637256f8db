[ lib/answer.nix a/b ]
