builtins.genList (x: x) "2"
