builtins.elem 1 [ 1.0 ]
