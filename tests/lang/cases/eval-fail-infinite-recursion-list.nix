let xs = [ 1 ] ++ xs; in xs
