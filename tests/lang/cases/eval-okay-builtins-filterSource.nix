builtins.filterSource (path: type: baseNameOf path != "b.nix") ./lib/readdir
