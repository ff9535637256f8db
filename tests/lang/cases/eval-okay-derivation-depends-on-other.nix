let a = derivation { name = "a"; system = "x"; builder = "/bin/sh"; }; b = derivation { name = "b"; system = "x"; builder = "/bin/sh"; dep = a; }; in b.drvPath
