builtins.genericClosure { startSet = [ { notKey = 1; } ]; operator = x: [ ]; }
