builtins.warn 1 "value"
