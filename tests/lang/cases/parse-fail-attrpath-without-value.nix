{ a.b.c; }
