map { __functor = _: x: x + 1; } [ 1 2 ]
