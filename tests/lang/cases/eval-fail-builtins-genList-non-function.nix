builtins.genList "f" 2
