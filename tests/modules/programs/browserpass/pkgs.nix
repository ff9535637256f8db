# The test stubs plus browserpass as a (never built) derivation: the
# module links files from inside it, and home.file wants absolute paths,
# which the "@name@" placeholders are not.
{ lib }:
let
  stubs = import ../../stubs.nix { inherit lib; };
in
stubs // { browserpass = stubs.runCommandLocal "browserpass" { } "mkdir $out"; }
