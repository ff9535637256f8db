"search2/only2.nix"
