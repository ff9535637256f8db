# Home Manager's fuzzel-empty-settings test: no settings, no file.
{ config, lib, ... }:
{
  programs.fuzzel.enable = true;

  home.file.fuzzel-files.text = lib.concatMapStrings (n: n + "\n") (
    lib.filter (lib.hasPrefix "fuzzel") (builtins.attrNames config.xdg.configFile)
  );

  test.expected."home-files/fuzzel-files" = ./empty-settings-expected.txt;
}
