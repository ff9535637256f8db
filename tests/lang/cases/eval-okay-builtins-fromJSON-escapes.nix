builtins.fromJSON ''"a\"b\\c\/d\n\t\u00e9\u0041"''
