let f = { __functor = s: x: x + 1; }; in builtins.filter f [ "x" ]
