# tests/modules/stubs.nix has no gromit-mpx yet: this module adds the
# placeholder Home Manager's stubs would give, spelled as the others.
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (
    import ../../stubs.nix { inherit lib; }
    // {
      gromit-mpx = {
        type = "derivation";
        name = "gromit-mpx";
        pname = "gromit-mpx";
        version = "0";
        outPath = "@gromit-mpx@";
        outputs = [ "out" ];
        meta = { };
      };
    }
  );
}
