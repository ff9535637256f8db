let counter = { __functor = self: x: self.base + x; base = 100; }; in counter 5
