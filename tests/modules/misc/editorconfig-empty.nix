# Enabled without settings, no file is written.
{ config, lib, ... }:
{
  editorconfig.enable = true;

  home.file."has-editorconfig".text = lib.boolToString (config.home.file ? ".editorconfig");

  test.expected."home-files/has-editorconfig" = ./editorconfig-empty-expected.txt;
}
