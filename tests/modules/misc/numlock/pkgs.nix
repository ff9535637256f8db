# The test stubs plus numlockx, as placeholder "@numlockx@".
{ lib }:
import ../../stubs.nix { inherit lib; }
// {
  numlockx = {
    type = "derivation";
    name = "numlockx";
    pname = "numlockx";
    version = "0";
    outPath = "@numlockx@";
    outputs = [ "out" ];
    meta = { };
  };
}
