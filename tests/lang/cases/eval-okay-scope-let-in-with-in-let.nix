let a = 1; in with { a = 2; b = 3; }; let c = a + b; in with { c = 100; }; c
