let f = { __functor = self: _: { __functor = s2: x: x * 2; }; }; in f 1 21
