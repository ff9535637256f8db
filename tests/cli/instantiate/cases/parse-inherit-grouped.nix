let a = 1; b = 2; x = { }; w = { }; in { inherit b a; c = 3; inherit (x) z y; inherit (w) v; d = rec { inherit a; }; }
