builtins.attrNames (builtins.groupBy (x: x.k) [ { k = "a"; v = throw "x"; } { k = "b"; v = 1; } ])
