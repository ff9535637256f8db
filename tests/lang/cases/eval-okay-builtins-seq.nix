[ (builtins.seq 1 2) (builtins.seq { a = throw "inner not forced"; } "shallow") ]
