"search/top.nix"
