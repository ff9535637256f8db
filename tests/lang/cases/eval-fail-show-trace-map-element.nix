builtins.map (a: a + 1) [ "a" ]
