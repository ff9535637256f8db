# The test stubs (where davmail is a placeholder). `withText` makes the
# properties file stand in the unit as its own text: Home Manager's tests
# read the file through the store path in ExecStart, and the module tests
# build nothing, so this is how a case reads it back from the unit (read-
# properties.nix).
{
  lib,
  withText ? false,
}:
let
  stubs = import ../../stubs.nix { inherit lib; };
in
stubs
// lib.optionalAttrs withText {
  writeText =
    name: text:
    if name == "davmail.properties" then { outPath = "<properties>" + text; } else stubs.writeText name text;
}
