# The test stubs plus a placeholder spectrwm ("@spectrwm@", as Home
# Manager's test.stubs give).
{ lib }:
import ../../../misc/xsession/pkgs.nix { inherit lib; }
// {
  spectrwm = {
    type = "derivation";
    name = "spectrwm";
    pname = "spectrwm";
    version = "0";
    outPath = "@spectrwm@";
    outputs = [ "out" ];
    meta = { };
  };
}
