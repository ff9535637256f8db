assert builtins.isString __curPos; 1
