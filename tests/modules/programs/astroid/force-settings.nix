# Mirrors Home Manager's astroid-force-settings (a case of its compatibility.nix):
# settings forced
# empty beat the old options.
{ lib, ... }:
{
  imports = [ ./observe.nix ];

  programs.astroid = {
    enable = true;
    package = null;
    externalEditor = "external";
    extraConfig.poll.interval = lib.mkForce 0;
    settings = lib.mkForce { };
  };

  test.expected = {
    "home-files/written" = ./nothing-written.json;
    "home-files/warnings" = ./force-settings-warnings;
  };
}
