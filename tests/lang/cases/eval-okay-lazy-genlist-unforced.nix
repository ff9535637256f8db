builtins.length (builtins.genList (i: throw "element ${toString i}") 5)
