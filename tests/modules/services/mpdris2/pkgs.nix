# The test stubs plus a placeholder ("@mpdris2@", as Home Manager's
# test.stubs give) for the package stubs.nix lacks.
{ lib }:
import ../../stubs.nix { inherit lib; }
// {
  mpdris2 = {
    type = "derivation";
    name = "mpdris2";
    pname = "mpdris2";
    version = "0";
    outPath = "@mpdris2@";
    outputs = [ "out" ];
    meta = { };
  };
}
