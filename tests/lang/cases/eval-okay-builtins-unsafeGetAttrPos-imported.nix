builtins.unsafeGetAttrPos "fromDefault" (import ./lib/dir)
