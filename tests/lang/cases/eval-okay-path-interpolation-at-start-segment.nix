let d = "lib"; in ./${d}/answer.nix
