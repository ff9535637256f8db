let s = { a.b = false; }; in assert s.a.b or true; 1
