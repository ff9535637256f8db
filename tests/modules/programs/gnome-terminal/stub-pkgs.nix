# tests/modules/stubs.nix has neither dconf nor gnome-terminal: the shared
# stubs plus the two as placeholders (as Home Manager's tests stub them).
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
    // {
      dconf = placeholder "dconf";
      gnome-terminal = placeholder "gnome-terminal";
    }
  );
}
