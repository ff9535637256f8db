builtins.fromTOML "\"k\\u0000\" = 1"
