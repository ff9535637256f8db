[ (dirOf ./lib/answer.nix) (dirOf /a/b) (dirOf /.) ]
