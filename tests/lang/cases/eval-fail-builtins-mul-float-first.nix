builtins.mul "a" 2.5
