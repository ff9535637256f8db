{ a = 1; b = builtins.substring 0 1 "é"; c = 2; }
