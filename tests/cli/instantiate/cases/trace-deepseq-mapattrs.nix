# The function is forced in place by its first call, not copied.
builtins.deepSeq (builtins.mapAttrs (n: v: v + 1) { a = 1; b = "x"; }) 1
