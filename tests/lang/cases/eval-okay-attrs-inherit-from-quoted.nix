let s = { "x y" = 1; z = 2; }; in { inherit (s) "x y" z; }
