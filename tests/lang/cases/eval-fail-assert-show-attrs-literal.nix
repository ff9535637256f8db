assert builtins.isList { a = 1; "b c" = 2; }; 1
