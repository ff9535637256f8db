let d = derivation { name = "hello"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo hi > $out" ]; }; in [ d.drvPath d.outPath d.type d.name d.outputName ]
