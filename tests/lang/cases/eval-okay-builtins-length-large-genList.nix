builtins.length (builtins.genList (x: x) 100000)
