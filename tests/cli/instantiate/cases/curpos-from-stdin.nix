[ __curPos { a = __curPos; }.a (builtins.unsafeGetAttrPos "a" { a = 1; }) ]
