# tests/modules/stubs.nix has no dconf yet: this module gives the cases the
# same stubs plus a dconf placeholder spelled as the others ("@dconf@").
{ lib, ... }:

{
  _module.args.pkgs = lib.mkForce (
    import ../../stubs.nix { inherit lib; }
    // {
      dconf = {
        type = "derivation";
        name = "dconf";
        pname = "dconf";
        version = "0";
        outPath = "@dconf@";
        outputs = [ "out" ];
        meta = { };
      };
    }
  );
}
