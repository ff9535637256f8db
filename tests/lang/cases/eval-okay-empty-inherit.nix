let a = 1; in { inherit; b = a; }
