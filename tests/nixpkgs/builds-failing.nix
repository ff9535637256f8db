# Builds that must fail; nixpkgs.test.sh checks the text of their logs.
{
  nixpkgs ? ../../share/hearth/nixpkgs,
}:
let
  pkgs = import nixpkgs {
    config = { };
    overlays = [ ];
  };
  a = pkgs.writeTextDir "bin/same" "a\n";
  b = pkgs.writeTextDir "bin/same" "b\n";
in
{
  collision = pkgs.buildEnv {
    name = "colliding";
    paths = [
      a
      b
    ];
  };
  collisionHint = pkgs.buildEnv {
    name = "colliding-hint";
    paths = [
      a
      b
    ];
  };
  shellcheck = pkgs.writeShellApplication {
    name = "sloppy";
    text = "echo $1";
  };
  replaceVarsUnmatched = pkgs.replaceVars (pkgs.writeText "t" "nothing\n") { missing = "x"; };
  replaceVarsLeftover = pkgs.replaceVars (pkgs.writeText "t" "@a@ @forgotten@\n") { a = "x"; };
}
