# A builtin called by a builtin has no position of its own.
builtins.foldl' builtins.add 0 [ 1 "x" ]
