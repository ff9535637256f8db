# Mirrors Home Manager's astroid-disabled-legacy: old options whose
# definitions are all disabled neither warn nor write a file.
{ lib, ... }:
{
  imports = [ ./observe.nix ];

  programs.astroid = {
    enable = true;
    package = null;
    externalEditor = lib.mkIf false "disabled";
    extraConfig = lib.mkIf false { editor.cmd = "disabled"; };
  };

  test.expected = {
    "home-files/written" = ./nothing-written.json;
    "home-files/warnings" = ./no-warnings;
  };
}
