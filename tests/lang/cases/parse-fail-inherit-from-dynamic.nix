let s = { a = 1; }; k = "a"; in { inherit (s) ${k}; }
