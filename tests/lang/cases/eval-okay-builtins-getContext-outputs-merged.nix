let d = derivation { name = "m"; system = "x"; builder = "/bin/sh"; outputs = [ "out" "lib" ]; }; in builtins.getContext "${d.out} ${d.lib}"
