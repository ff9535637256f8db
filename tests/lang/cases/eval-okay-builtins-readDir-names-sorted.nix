builtins.attrNames (builtins.readDir ./lib/readdir)
