# inherit in rec takes the name from the enclosing scope, not from the set itself.
let a = "outer"; in (rec { inherit a; }).a
