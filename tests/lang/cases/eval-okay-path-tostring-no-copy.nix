[ (toString ./lib/answer.nix) (toString /a/b) ]
