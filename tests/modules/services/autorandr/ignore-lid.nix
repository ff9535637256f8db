# Hearth's own case: ignoreLid adds --ignore-lid.
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ../../programs/autorandr/pkgs.nix { inherit lib; });

  services.autorandr = {
    enable = true;
    ignoreLid = true;
  };

  test.expected."home-files/.config/systemd/user/autorandr.service" = ./ignore-lid-expected.service;
}
