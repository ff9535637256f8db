with builtins; [ (baseNameOf "/a/b/c.nix") (baseNameOf "/a/b/") (baseNameOf "c") (baseNameOf "") (baseNameOf "/") (baseNameOf ./lib/answer.nix) (baseNameOf "a//b//") ]
