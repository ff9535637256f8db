# Mirrors Home Manager's notmuch-disabled: nothing is written.
{ config, ... }:
{
  programs.notmuch.enable = false;

  home.file.written.text = builtins.toJSON (config.xdg.configFile ? "notmuch/default/config");

  test.expected = {
    "home-files/written" = ./disabled-expected.json;
    warnings = ./no-warnings;
  };
}
