"search2/top.nix"
