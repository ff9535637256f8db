# Mirrors Home Manager's astroid-empty-inputs (a case of its compatibility.nix):
# old options
# defined but empty warn and write nothing.
{ lib, ... }:
{
  imports = [ ./observe.nix ];

  programs.astroid = {
    enable = true;
    package = null;
    externalEditor = null;
    extraConfig = lib.mkForce { };
    settings = { };
  };

  test.expected = {
    "home-files/written" = ./nothing-written.json;
    "home-files/warnings" = ./empty-inputs-warnings;
  };
}
