# With nothing configured the historical defaults fill `Host *`, and a
# warning says they are going away; no package is installed.
{ config, lib, ... }:
{
  programs.ssh.enable = true;

  home.file.warnings.text = lib.concatMapStrings (w: w + "\n") config.warnings;
  home.file.packages.text = lib.concatMapStrings (p: p.name + "\n") config.home.packages;

  test.expected = {
    "home-files/.ssh/config" = ./old-defaults-expected.conf;
    "home-files/warnings" = ./old-defaults-expected-warnings.txt;
    "home-files/packages" = ./old-defaults-expected-packages.txt;
  };
}
