let s = { a = { b = throw "deep throw"; }; }; in s.a.b
