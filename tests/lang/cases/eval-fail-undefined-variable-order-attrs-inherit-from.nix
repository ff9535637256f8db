{ b = y; inherit (x) c; }
