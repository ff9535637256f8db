let s = { x = 1; y = 1 + 1; }; in { inherit (s) x y; z = s.x; }
