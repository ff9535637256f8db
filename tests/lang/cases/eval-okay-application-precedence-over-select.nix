let f = x: x * 2; s = { a = 3; }; in f s.a
