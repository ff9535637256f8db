[ __curPos
  (builtins.unsafeGetAttrPos "a" { a = 1; }) ]
