let a = { b = { c = 1 + "x"; }; }; in a.b.c
