# Hearth's own case (Home Manager has no dconf module test): settings of
# several GVariant types become one keyfile loaded by the dconfSettings
# step after installPackages, which first resets keys an older generation
# set; the generation keeps the managed keys in state/dconf-keys.json.
#
# The keyfile and the key list are store files: their bytes are checked by
# comparing their paths with those of settings-expected.ini and
# settings-expected-keys.json (without its final newline) written the same
# way; the key list must be linked by the generation builder's extra
# commands.
{ config, lib, ... }:

let
  stubs = import ../../stubs.nix { inherit lib; };
  expectedKeyfile = stubs.writeText "hm-dconf.ini" (builtins.readFile ./settings-expected.ini);
  expectedKeys = stubs.writeText "dconf-keys.json" (
    lib.removeSuffix "\n" (builtins.readFile ./settings-expected-keys.json)
  );
  script = config.home.activation.dconfSettings.data;
  builder = config.home.extraBuilderCommands;
  mentions =
    file: text:
    lib.hasInfix (builtins.unsafeDiscardStringContext file.outPath) (
      builtins.unsafeDiscardStringContext text
    );
in
{
  dconf.settings = {
    "org/gnome/calculator" = {
      button-mode = "programming";
      show-thousands = true;
      base = 10;
      word-size = 64;
      window-position = lib.hm.gvariant.mkTuple [
        100
        100
      ];
    };
    "org/gnome/desktop/input-sources" = {
      sources = [
        (lib.hm.gvariant.mkTuple [
          "xkb"
          "us"
        ])
      ];
      xkb-options = [ ];
    };
    "org/gnome/desktop/interface".text-scaling-factor = 1.25;
    "org/gnome/desktop/session".idle-delay = lib.hm.gvariant.mkUint32 300;
  };

  home.file = {
    "keyfile-check".text =
      if mentions expectedKeyfile script then
        "keyfile matches\n"
      else
        "keyfile differs from settings-expected.ini\n";
    "keys-check".text =
      if mentions expectedKeys builder then
        "keys match\n"
      else
        "keys differ from settings-expected-keys.json\n";
    "keep-source".text = "${config.xdg.configFile."dconf/.keep".source}\n";
  };

  test.expected = {
    "activation/dconfSettings" = ./settings-expected-activation.sh;
    activation-order = ./settings-expected-order.txt;
    "home-files/keyfile-check" = ./settings-expected-check.txt;
    "home-files/keys-check" = ./settings-expected-keys-check.txt;
    "home-files/keep-source" = ./settings-expected-keep.txt;
  };
}
