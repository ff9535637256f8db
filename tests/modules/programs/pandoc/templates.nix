# Mirrors Home Manager's pandoc templates test (template.latex is
# Hearth's own; only the copy's fidelity is checked).
{ lib, ... }:
{

  programs.pandoc = {
    enable = true;
    templates."default.latex" = ./template.latex;
  };

  test.expected."home-files/.local/share/pandoc/templates/default.latex" = ./template.latex;
}
