builtins.toJSON { z = 1; a = 2; }
