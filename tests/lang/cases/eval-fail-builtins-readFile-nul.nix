builtins.readFile ./lib/nul.bin
