# Hearth's own case in place of Home Manager's autostart test, which checks
# the assertion on xdg.autostart.enable, an option Hearth lacks: the
# desktop entry is linked into ~/.config/autostart. A linked source must be
# an absolute path, so the package here has a store path.
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

  home.file.state.text = config.xdg.configFile."autostart/org.keepassxc.KeePassXC.desktop".source + "\n";

  test.expected."home-files/state" = ./autostart-expected.txt;
}
