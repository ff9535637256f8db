let f = n: if n == 0 then throw "bottom reached" else f (n - 1); in f 5
