# Home Manager's cases build two packages holding test1.desktop and
# test2.desktop and compare the linked files with them. Nothing is built
# here, so the packages are placeholders with store paths (an entry must be
# an absolute path), and each case checks the script that makes the links
# and whether ~/.config/autostart is linked whole or entry by entry.
{ config, lib, ... }:

let
  package = digit: name: "${builtins.storeDir}/${lib.concatStrings (lib.replicate 32 digit)}-${name}";
in
{
  options.test.entries = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [
      "${package "1" "test1"}/share/applications/test1.desktop"
      "${package "2" "test2"}/share/applications/test2.desktop"
    ];
  };

  config.home.file.state.text =
    let
      dir = config.xdg.configFile.autostart;
    in
    builtins.toJSON {
      inherit (dir) target recursive;
      script = dir.source.buildCommand;
    }
    + "\n";
}
