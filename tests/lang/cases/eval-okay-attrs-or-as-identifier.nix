# `or` may be used as an attribute name.
let s = { or = 1; }; in [ s.or { or = 2; }.or ]
