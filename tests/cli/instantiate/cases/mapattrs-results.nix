builtins.mapAttrs (n: v: v) { a = 1; b = 2; }
