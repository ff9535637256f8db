# Enabled with nothing to write: no file under ~/.config/aerc.
{ config, lib, ... }:
{
  programs.aerc.enable = true;

  home.file.aerc-files.text = lib.concatMapStrings (n: n + "\n") (
    lib.filter (lib.hasPrefix "aerc/") (builtins.attrNames config.xdg.configFile)
  );

  test.expected."home-files/aerc-files" = ./no-settings-expected.txt;
}
