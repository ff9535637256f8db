{ a = throw "x"; b = 1; c = "s"; d = [1 2]; e = {}; g = 1.5; }
