{ a = builtins.map; c = builtins.add 1; d = builtins.add; e = map; f = true; g = null; }
