# These builtins are also in the global scope.
[ (map (x: x) [ 1 ]) (toString 1) (import ./lib/answer.nix) (isNull null) (baseNameOf "/a/b") (removeAttrs { a = 1; } [ "a" ]) ]
