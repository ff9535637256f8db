builtins.filter true [ 1 ]
