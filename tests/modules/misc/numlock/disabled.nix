# Hearth's own case: off by default, so no numlockx unit.
{ config, lib, ... }:
{
  home.file.numlock-units.text = lib.concatLines (
    builtins.filter (lib.hasInfix "numlockx") (builtins.attrNames config.xdg.configFile)
  );

  test.expected."home-files/numlock-units" = ./disabled-expected.txt;
}
