# The test stubs plus placeholders ("@<name>@", as Home Manager's
# test.stubs give) for: gradle, jdk, jdk8, jdk11, jdk17.
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
// lib.genAttrs [ "gradle" "jdk" "jdk8" "jdk11" "jdk17" ] placeholder
