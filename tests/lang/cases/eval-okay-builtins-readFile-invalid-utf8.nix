[ (builtins.readFile ./lib/invalid-utf8.bin) (builtins.stringLength (builtins.readFile ./lib/invalid-utf8.bin)) ]
