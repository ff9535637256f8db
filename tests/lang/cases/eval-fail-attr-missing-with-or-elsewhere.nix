let s = { a = { }; }; in (s.a.b or 1) + s.a.c
