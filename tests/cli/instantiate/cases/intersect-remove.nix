[ (builtins.intersectAttrs { a = 1; } { a = 1 + 1; b = 2; }) (builtins.removeAttrs { a = 1 + 1; b = 2; } [ "b" ]) ]
