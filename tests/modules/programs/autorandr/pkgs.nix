# The test stubs plus autorandr, a placeholder "@autorandr@" as Home
# Manager's test.stubs.autorandr gives.
{ lib }:
import ../../stubs.nix { inherit lib; }
// {
  autorandr = {
    type = "derivation";
    name = "autorandr";
    pname = "autorandr";
    version = "0";
    outPath = "@autorandr@";
    outputs = [ "out" ];
    meta = { };
  };
}
