builtins.toJSON [ 1.0 (-2.0) 0.0 100.0 ]
