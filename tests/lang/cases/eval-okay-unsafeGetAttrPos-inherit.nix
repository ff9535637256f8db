let a = 1; in builtins.unsafeGetAttrPos "a" { b = 2;
  inherit a; }
