# tests/modules/stubs.nix has no fluidsynth yet: this module adds the
# placeholder Home Manager's tests use, spelled as the others ("@name@").
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (
    import ../../stubs.nix { inherit lib; }
    // {
      fluidsynth = {
        type = "derivation";
        name = "fluidsynth";
        pname = "fluidsynth";
        version = "0";
        outPath = "@fluidsynth@";
        outputs = [ "out" ];
        meta = { };
      };
    }
  );
}
