# Mirrors Home Manager's astroid-legacy-editor (a case of its compatibility.nix): a forced
# extraConfig key beats externalEditor's, which fills in the rest.
{ lib, ... }:
{
  imports = [ ./observe.nix ];

  programs.astroid = {
    enable = true;
    package = null;
    externalEditor = "external";
    extraConfig.editor = {
      cmd = lib.mkForce "legacy";
      charset = "ISO-8859-1";
    };
  };

  test.expected = {
    "home-files/.config/astroid/config" = ./legacy-forced.json;
    "home-files/warnings" = ./legacy-editor-warnings;
  };
}
