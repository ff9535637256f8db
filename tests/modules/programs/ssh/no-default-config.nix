# Without the defaults and without blocks only the file's skeleton is left.
{ config, lib, ... }:
{
  programs.ssh = {
    enable = true;
    enableDefaultConfig = false;
  };

  home.file.warnings.text = lib.concatMapStrings (w: w + "\n") config.warnings;

  test.expected = {
    "home-files/.ssh/config" = ./no-default-config-expected.conf;
    "home-files/warnings" = ./no-default-config-expected-warnings.txt;
  };
}
