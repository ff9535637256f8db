let p = ./lib; in ./${"lib"}/answer.nix == p + "/answer.nix"
