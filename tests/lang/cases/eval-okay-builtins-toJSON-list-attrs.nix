builtins.toJSON { b = [ 1 "two" { c = null; } ]; a = { }; l = [ ]; }
