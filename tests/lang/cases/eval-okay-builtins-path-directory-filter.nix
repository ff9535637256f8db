builtins.path { path = ./lib/readdir; filter = path: type: type != "symlink"; }
