{ a = { c = x; }; a = { inherit (y) b; }; }
