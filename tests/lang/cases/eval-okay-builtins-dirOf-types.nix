with builtins; [ (typeOf (dirOf ./lib/answer.nix)) (typeOf (dirOf "/a/b")) (typeOf (baseNameOf ./lib)) ]
