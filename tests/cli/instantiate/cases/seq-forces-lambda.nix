let f = x: x; in builtins.seq f [ f ]
