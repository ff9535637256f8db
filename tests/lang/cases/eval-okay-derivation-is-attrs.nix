let d = derivation { name = "t"; system = "x"; builder = "/bin/sh"; }; in [ (builtins.isAttrs d) d.type ]
