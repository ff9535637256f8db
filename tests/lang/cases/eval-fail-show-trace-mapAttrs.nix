[ (builtins.mapAttrs (n: v: v + 1) { a = "x"; }).a (builtins.mapAttrs (n: v: v + 1) { b = "y"; }) ]
