# Two sets with type = "derivation" are equal iff their outPaths are.
[ ({ type = "derivation"; outPath = "/a"; x = 1; } == { type = "derivation"; outPath = "/a"; x = 2; }) ({ type = "derivation"; outPath = "/a"; } == { type = "derivation"; outPath = "/b"; }) ]
