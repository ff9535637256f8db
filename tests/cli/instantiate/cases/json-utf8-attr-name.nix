{ a = 1; ${builtins.substring 0 2 "€"} = 2; }
