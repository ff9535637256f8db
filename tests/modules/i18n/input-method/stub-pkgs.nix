# Home Manager's fcitx5 cases run with the real nixpkgs (enableBig). This
# stays beside them, out of tests/modules/stubs.nix: fcitx5-with-addons
# needs a store path (the input method package must be an absolute path)
# and an `override` that keeps the addons, and linkFarm keeps its entries
# so the cases can read the files linked into ~/.config/fcitx5; no other
# case wants either.
{ lib, ... }:

let
  stubs = import ../../stubs.nix { inherit lib; };

  fcitx5 =
    addons:
    {
      type = "derivation";
      name = "fcitx5-with-addons";
      pname = "fcitx5-with-addons";
      version = "0";
      outPath = "${builtins.storeDir}/${lib.concatStrings (lib.replicate 32 "5")}-fcitx5-with-addons";
      outputs = [ "out" ];
      meta = { };
      inherit addons;
      override = args: fcitx5 args.addons;
    };
in
{
  _module.args.pkgs = lib.mkForce (
    stubs
    // {
      libsForQt5 = stubs.libsForQt5 // {
        fcitx5-with-addons = fcitx5 [ ];
      };
      linkFarm = name: entries: stubs.linkFarm name entries // { inherit entries; };
    }
  );
}
