# The test stubs plus the X utilities the xsession and cursor cases run
# (placeholders "@<name>@", as in Home Manager's tests).
{ lib }:
let
  stubs = import ../../stubs.nix { inherit lib; };
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
stubs
// {
  xorg = (stubs.xorg or { }) // {
    setxkbmap = placeholder "setxkbmap";
    xrdb = placeholder "xrdb";
    xsetroot = placeholder "xsetroot";
  };
}
