let f = x: y: y.a; in (f 1) 2
