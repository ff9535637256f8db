let a = x; inherit (y) b; in 1
