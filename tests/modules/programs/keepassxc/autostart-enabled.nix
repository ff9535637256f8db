# Hearth's own case: with xdg.autostart enabled, KeePassXC's desktop entry
# is among the autostart entries. An entry must be an absolute path, so the
# package here has a store path.
{ config, lib, ... }:
{
  programs.keepassxc = {
    enable = true;
    autostart = true;
    package = {
      type = "derivation";
      name = "keepassxc";
      outPath = "${builtins.storeDir}/${lib.concatStrings (lib.replicate 32 "1")}-keepassxc";
      outputs = [ "out" ];
      meta = { };
    };
  };
  xdg.autostart.enable = true;

  home.file.state.text = lib.concatMapStrings (e: e + "\n") config.xdg.autostart.entries;

  test.expected."home-files/state" = ./autostart-enabled-expected.txt;
}
