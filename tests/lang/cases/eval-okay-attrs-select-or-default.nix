let s = { a = { b = 1; }; }; in [ (s.x or 10) (s.a.x or 11) (s.a.b or 12) (s.a.b.c or 13) ]
