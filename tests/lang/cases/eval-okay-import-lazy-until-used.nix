let unused = import ./lib/syntax-error.nix; in "import is lazy"
