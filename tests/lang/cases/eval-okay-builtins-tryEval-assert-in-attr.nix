map (x: (builtins.tryEval x).success) (builtins.attrValues { a = 1; b = assert false; 2; c = throw "c"; })
