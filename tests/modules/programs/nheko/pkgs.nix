# The test stubs plus placeholders ("@<name>@", as Home Manager's
# test.stubs give) for: nheko.
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
import ../../stubs.nix { inherit lib; }
// lib.genAttrs [ "nheko" ] placeholder
