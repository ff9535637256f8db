# Mirrors Home Manager's i3blocks with-ordered-blocks test; a placeholder
# package stands in for its stub package.
{ lib, ... }:
let
  blocks = {
    block1first = {
      command = "echo first";
      interval = 1;
    };
    block2third = lib.hm.dag.entryAfter [ "block3second" ] {
      command = "echo third";
      interval = 3;
    };
    block3second = lib.hm.dag.entryAfter [ "block1first" ] {
      command = "echo second";
      interval = 2;
    };
  };
in
{
  programs.i3blocks = {
    enable = true;
    package = {
      type = "derivation";
      name = "i3blocks";
      outPath = "@i3blocks@";
    };
    bars = {
      bar1 = blocks;
      bar2 = blocks;
    };
  };

  test.expected = {
    "home-files/.config/i3blocks/bar1" = ./with-ordered-blocks-expected.ini;
    "home-files/.config/i3blocks/bar2" = ./with-ordered-blocks-expected.ini;
  };
}
