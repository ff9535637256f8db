builtins.unsafeGetAttrPos "drvPath" (derivation { name = "x"; builder = "b"; system = "s"; })
