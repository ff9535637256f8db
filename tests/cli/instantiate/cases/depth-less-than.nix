# `<` is a call of __lessThan.
let f = n: if n < 1 then 0 else 1 + f (n - 1); in f 20000
