let name = "answer.nix"; in import ./lib/${name}
