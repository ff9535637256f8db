# Mirrors Home Manager's astroid-disabled-editor-definition (a case of its compatibility.nix):
# a disabled
# settings definition leaves the command externalEditor gives.
{ lib, ... }:
{
  imports = [ ./observe.nix ];

  programs.astroid = {
    enable = true;
    package = null;
    externalEditor = "external";
    extraConfig.editor.charset = "ISO-8859-1";
    settings.editor.cmd = lib.mkIf false "disabled";
  };

  test.expected = {
    "home-files/.config/astroid/config" = ./legacy-editor.json;
    "home-files/warnings" = ./disabled-editor-definition-warnings;
  };
}
