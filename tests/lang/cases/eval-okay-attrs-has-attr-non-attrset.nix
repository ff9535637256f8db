[ (1 ? a) ("s" ? a) ({ a = 1; } ? a.b) (null ? x) ]
