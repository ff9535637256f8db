# Mirrors Home Manager's astroid-force-sections (a case of its compatibility.nix):
# forced sections
# replace what the old options give them.
{ lib, ... }:
{
  imports = [ ./observe.nix ];

  programs.astroid = {
    enable = true;
    package = null;
    externalEditor = "external";
    extraConfig.editor.charset = "legacy";
    settings = {
      editor = lib.mkForce { };
      startup = lib.mkForce null;
    };
  };

  test.expected = {
    "home-files/.config/astroid/config" = ./force-sections.json;
    "home-files/warnings" = ./force-sections-warnings;
  };
}
