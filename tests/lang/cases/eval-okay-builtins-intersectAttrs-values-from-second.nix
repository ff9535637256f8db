builtins.intersectAttrs { x = "first"; } { x = "second"; }
