# meta.mainProgram of Debian packages whose program is not named after the
# package (../fixtures/main-program-index: Debian 12's entries for five
# such packages, dependencies left out). lib.getExe must find the program
# nixpkgs' package of the same name has: bin/rg for ripgrep, not
# bin/ripgrep. Evaluated only: nothing is fetched.
{ lib, nixpkgs, ... }:
let
  debianPkgs = import nixpkgs {
    config.debian.index = toString ../fixtures/main-program-index;
    overlays = [ ];
  };
  exe = p: lib.removePrefix "${p}/" (lib.getExe p);
in
{
  mainPrograms = {
    expr = map exe [
      debianPkgs.ripgrep
      debianPkgs.fd
      debianPkgs.tealdeer
      debianPkgs.aria2
      debianPkgs.imagemagick
    ];
    expected = [
      "bin/rg"
      "bin/fd"
      "bin/tldr"
      "bin/aria2c"
      "bin/convert"
    ];
  };
}
