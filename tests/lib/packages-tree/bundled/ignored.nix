throw "a directory with package.nix is that package only"
