# The test stubs plus placeholders ("@<name>@", as Home Manager's
# test.stubs give) for: xcape.
{ lib }:
let
  placeholder = name: {
    type = "derivation";
    inherit name;
    pname = name;
    version = "0";
    outPath = "@${name}@";
    outputs = [ "out" ];
    meta = { };
  };
in
import ../../misc/xsession/pkgs.nix { inherit lib; }
// lib.genAttrs [ "xcape" ] placeholder
