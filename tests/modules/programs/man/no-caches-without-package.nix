# Mirrors Home Manager's man-no-caches-without-package: no package, no
# index, and a warning saying so.
{ config, lib, ... }:
{
  programs.man = {
    enable = true;
    package = null;
    generateCaches = true;
  };

  home.file.state.text =
    lib.concatMapStrings (w: w + "\n") config.warnings
    + builtins.toJSON { manpath = config.home.file ? ".manpath"; };

  test.expected."home-files/state" = ./no-caches-without-package-expected.txt;
}
