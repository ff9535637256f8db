builtins.toJSON { outPath = "/x"; other = 1; }
