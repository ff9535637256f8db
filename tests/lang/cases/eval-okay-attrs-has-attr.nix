let s = { a = { b = 1; }; "c d" = null; }; in [ (s ? a) (s ? b) (s ? a.b) (s ? a.c) (s ? x.y) (s ? "c d") (s ? ${"a"}) ]
