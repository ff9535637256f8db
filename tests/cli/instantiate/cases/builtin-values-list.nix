[ builtins.add (builtins.add 1) null true false map ]
