{ a = throw "x"; b = 1; c = "s"; d = [1 2]; e = {}; f = ./lib; g = 1.5; h = ''x''; }
