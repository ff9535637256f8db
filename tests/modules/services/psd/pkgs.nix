# The test stubs plus placeholders ("@<name>@", as Home Manager's
# test.stubs give) for the packages stubs.nix lacks.
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
// lib.genAttrs [
  "profile-sync-daemon"
  "rsync"
  "kmod"
  "gawk"
  "nettools"
  "util-linux"
] placeholder
