# Mirrors Home Manager's gnome-terminal-1 test: one profile with most
# settings, loaded into dconf. Adapted: HM greps the keyfile's store path
# out of the activation script; here the expected bytes are written to a
# store file the same way and its path must appear in the dconfSettings
# step (so the keyfile has exactly gnome-terminal-1.conf's bytes).
{ config, lib, ... }:

let
  stubs = import ../../stubs.nix { inherit lib; };
  expected = stubs.writeText "hm-dconf.ini" (builtins.readFile ./gnome-terminal-1.conf);
  script = builtins.unsafeDiscardStringContext config.home.activation.dconfSettings.data;
in
{
  programs.gnome-terminal = {
    enable = true;
    profile = {
      "e0b782ed-6aca-44eb-8c75-62b3706b6220" = {
        allowBold = true;
        audibleBell = true;
        backspaceBinding = "ascii-delete";
        boldIsBright = true;
        colors = {
          backgroundColor = "#2E3436";
          foregroundColor = "#D3D7C1";
          palette = [
            "#000000"
            "#AA0000"
            "#00AA00"
            "#AA5500"
            "#0000AA"
            "#AA00AA"
            "#00AAAA"
            "#AAAAAA"
            "#555555"
            "#FF5555"
            "#55FF55"
            "#FFFF55"
            "#5555FF"
            "#FF55FF"
            "#55FFFF"
            "#FFFFFF"
          ];
        };
        cursorBlinkMode = "off";
        cursorShape = "underline";
        default = true;
        deleteBinding = "delete-sequence";
        scrollbackLines = 1000000;
        scrollOnOutput = false;
        showScrollbar = false;
        transparencyPercent = 5;
        visibleName = "kamadorueda";
      };
    };
    showMenubar = false;
  };

  home.file.keyfile-check.text =
    if lib.hasInfix (builtins.unsafeDiscardStringContext expected.outPath) script then
      "keyfile matches\n"
    else
      "keyfile differs from gnome-terminal-1.conf\n";

  test.expected."home-files/keyfile-check" = ./keyfile-matches.txt;
}
