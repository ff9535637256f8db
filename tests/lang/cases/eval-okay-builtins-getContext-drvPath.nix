let d = derivation { name = "u"; system = "x"; builder = "/bin/sh"; }; in builtins.getContext d.drvPath
