# Hearth's own case (Home Manager's tests only assert the unit exists):
# the sandboxed unit, started with the graphical session, and the package.
{ config, lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ./pkgs.nix { inherit lib; });

  services.davmail.enable = true;

  home.file."has-package".text = lib.boolToString (
    lib.any (p: (p.outPath or "") == "@davmail@") config.home.packages
  );

  test.expected = {
    "home-files/.config/systemd/user/davmail.service" = ./davmail.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/davmail.service" = ./davmail.service;
    "home-files/has-package" = ./true.txt;
  };
}
