let s = { a = { b = 1; }; "c d" = 2; e = 3; }; k = "e"; in [ s.a.b s."c d" s.${k} s.${"a"}.b ]
