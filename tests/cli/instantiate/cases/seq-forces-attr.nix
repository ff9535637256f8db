let s = { a = 1 + 1; b = 1 + 1; }; in builtins.seq s.a s
