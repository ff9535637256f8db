# The test stubs plus rxvt-unicode, a placeholder "@rxvt-unicode@" as in
# Home Manager's tests; the X resources cases also need xrdb.
{ lib }:
let
  stubs = import ../../misc/xsession/pkgs.nix { inherit lib; };
in
stubs
// {
  rxvt-unicode = {
    type = "derivation";
    name = "rxvt-unicode";
    pname = "rxvt-unicode";
    version = "0";
    outPath = "@rxvt-unicode@";
    outputs = [ "out" ];
    meta = { };
  };
}
