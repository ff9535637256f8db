let l = [ (1 + 1) 3 ]; in builtins.seq (builtins.head l) l
