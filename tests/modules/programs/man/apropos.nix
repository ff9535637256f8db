# Mirrors Home Manager's man-apropos: with generateCaches (and, in Hearth,
# an explicit package) ~/.manpath maps the profile's pages to an index
# built with the generation.
{ pkgs, ... }:
{
  programs.man = {
    enable = true;
    package = pkgs.man;
    generateCaches = true;
  };

  test.expected."home-files/.manpath" = ./apropos-expected.manpath;
}
