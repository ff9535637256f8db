with builtins; [ true false null builtins.true builtins.false builtins.null ]
