# The first attribute forces the function, still a thunk: no call site.
builtins.mapAttrs (n: v: v + 1) { a = "x"; b = 1; }
