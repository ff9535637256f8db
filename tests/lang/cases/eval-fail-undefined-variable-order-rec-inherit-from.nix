rec { a = x; inherit (y) b; }
