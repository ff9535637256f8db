# Copies the files linked into ~/.config/fcitx5 to ~/linked/<path>, where
# the harness can compare them.
{ config, lib, ... }:
{
  home.file = lib.listToAttrs (
    map (e: lib.nameValuePair "linked/${e.name}" { inherit (e.path) text; })
      config.xdg.configFile.fcitx5.source.entries
  );
}
