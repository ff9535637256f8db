builtins.toJSON [ (builtins.readFile ./lib/invalid-utf8.bin) ]
