let d = derivation { name = "multi"; system = "x"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; }; in [ d.out.outPath d.dev.outPath d.outputName d.dev.outputName (builtins.attrNames d) ]
