[ (builtins ? map) (builtins ? notABuiltin) (builtins ? currentSystem) ]
