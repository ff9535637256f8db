# Packages config refuses, forced by nixpkgs.test.sh to check the thrown text.
let
  pkgs = import <nixpkgs> {
    config = { };
    overlays = [ ];
  };
in
{
  unfree = pkgs.stdenv.mkDerivation {
    pname = "secret";
    version = "1.0";
    meta.license = pkgs.lib.licenses.unfree;
  };
  broken = pkgs.stdenv.mkDerivation {
    name = "old-2";
    meta.broken = true;
  };
}
