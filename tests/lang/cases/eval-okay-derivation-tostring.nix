let d = derivation { name = "s"; system = "x"; builder = "/bin/sh"; }; in [ (toString d) ("${d}" == d.outPath) ]
