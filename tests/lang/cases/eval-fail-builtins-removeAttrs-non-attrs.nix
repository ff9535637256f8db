builtins.removeAttrs 1 [ ]
