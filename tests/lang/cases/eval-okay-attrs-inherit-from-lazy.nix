let s = { a = 1; b = throw "not forced"; }; in ({ inherit (s) a b; }).a
