# Home Manager's fcitx5 cases run with the real nixpkgs (enableBig). Here
# the packages are placeholders: fcitx5-with-addons has a store path (the
# input method package must be an absolute path) and an `override` that
# keeps the addons; GTK and Qt give what the modules read of them. The
# linkFarm keeps its entries, so the cases can read the files linked into
# ~/.config/fcitx5.
{ lib, ... }:

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

  fcitx5 =
    addons:
    placeholder "fcitx5-with-addons"
    // {
      outPath = "${builtins.storeDir}/${lib.concatStrings (lib.replicate 32 "5")}-fcitx5-with-addons";
      inherit addons;
      override = args: fcitx5 args.addons;
    };
in
{
  _module.args.pkgs = lib.mkForce (
    stubs
    // {
      gtk2 = placeholder "gtk2";
      gtk3 = placeholder "gtk3";
      libsForQt5 = {
        fcitx5-with-addons = fcitx5 [ ];
      };
      qt6.qtbase.qtPluginPrefix = "lib/qt-6/plugins";
      linkFarm = name: entries: stubs.linkFarm name entries // { inherit entries; };
    }
  );
}
