let a = 1; b = a + 1; in { inherit a b; c = a; d = b; }
