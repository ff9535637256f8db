# The test stubs plus a placeholder fluxbox ("@fluxbox@", as Home
# Manager's test.stubs give).
{ lib }:
import ../../../misc/xsession/pkgs.nix { inherit lib; }
// {
  fluxbox = {
    type = "derivation";
    name = "fluxbox";
    pname = "fluxbox";
    version = "0";
    outPath = "@fluxbox@";
    outputs = [ "out" ];
    meta = { };
  };
}
