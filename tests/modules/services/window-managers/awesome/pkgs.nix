# The test stubs plus placeholders ("@<name>@", as Home Manager's
# test.stubs give) for awesome, which names the Lua it was built with, and
# two Lua modules.
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
import ../../../misc/xsession/pkgs.nix { inherit lib; }
// {
  awesome = placeholder "awesome" // {
    lua.luaversion = "5.3";
  };
  luaPackages = lib.genAttrs [
    "vicious"
    "lgi"
  ] placeholder;
}
