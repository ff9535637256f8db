(derivation { name = "bad name!"; system = "x"; builder = "/bin/sh"; }).drvPath
