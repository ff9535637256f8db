# tests/modules/stubs.nix has no xdg-desktop-portal nor its wlr backend yet:
# this module gives the cases the same stubs plus those placeholders,
# spelled as the others ("@name@").
{ lib, ... }:

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
{
  _module.args.pkgs = lib.mkForce (
    import ../../stubs.nix { inherit lib; }
    // lib.genAttrs [ "xdg-desktop-portal" "xdg-desktop-portal-wlr" ] placeholder
  );
}
