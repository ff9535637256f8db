# Hearth's own case (Home Manager has no rsibreak test): the service and
# its link into graphical-session.target. Hearth's test stubs lack
# pkgs.rsibreak, so it is added here as a placeholder.
{ lib, ... }:
let
  pkgs = import ../../stubs.nix { inherit lib; };
in
{
  _module.args.pkgs = lib.mkForce (
    pkgs
    // {
      rsibreak = {
        type = "derivation";
        name = "rsibreak";
        outPath = "@rsibreak@";
      };
    }
  );

  services.rsibreak.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/rsibreak.service" = ./rsibreak.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/rsibreak.service" =
      ./rsibreak.service;
  };
}
