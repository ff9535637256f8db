builtins.genList (x: x) 3
