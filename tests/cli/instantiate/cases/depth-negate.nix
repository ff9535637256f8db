# A negative literal is a call too: __sub 0 1.
let f = n: if n == 0 then 0 else 1 + f (n + -1); in f 20000
