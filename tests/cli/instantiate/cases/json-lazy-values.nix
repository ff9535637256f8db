{ a = 1; b = "x"; e = [ ]; g = 1.5; h = null; i = true; }
