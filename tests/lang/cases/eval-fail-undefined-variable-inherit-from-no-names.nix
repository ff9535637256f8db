let inherit (x); in 1
