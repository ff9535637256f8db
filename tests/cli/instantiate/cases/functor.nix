{ __functor = self: x: x; }
