# Mirrors Home Manager's pandoc csl test: a style keeps its file's name.
# (example.csl is Hearth's own small style; HM's test compares the copy
# with its source the same way.)
{ lib, ... }:
{

  programs.pandoc = {
    enable = true;
    citationStyles = [ ./example.csl ];
  };

  test.expected."home-files/.local/share/pandoc/csl/example.csl" = ./example.csl;
}
