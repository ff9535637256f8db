{ f = x: x; g = builtins.map; h = builtins.map (x: x); l = [ (x: x) ]; }
