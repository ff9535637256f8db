builtins.lessThan [ (x: x) ] [ (y: y) ]
