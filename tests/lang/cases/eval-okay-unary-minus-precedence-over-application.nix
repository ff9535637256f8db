# -f x is -(f x): application binds tighter than negation.
let f = x: x * 10; in [ (-f 2) (-(f 2)) ]
