derivation { name = "p"; system = "x"; builder = "/bin/sh"; }
