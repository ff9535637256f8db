builtins.unsafeGetAttrPos "b" { x = 1; b.c = 2; }
