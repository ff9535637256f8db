# Hearth's own case (Home Manager has no safeeyes test): the service with
# the default package, which Hearth's test stubs lack, so it is added
# here as a placeholder.
{ lib, ... }:
let
  pkgs = import ../../stubs.nix { inherit lib; };
in
{
  _module.args.pkgs = lib.mkForce (
    pkgs
    // {
      safeeyes = {
        type = "derivation";
        name = "safeeyes";
        outPath = "@safeeyes@";
      };
    }
  );

  services.safeeyes.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/safeeyes.service" = ./service.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/safeeyes.service" =
      ./service.service;
  };
}
