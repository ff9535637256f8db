# unknown-nested-option.nix with the system layer's note switched off.
{ lib, pkgs, ... }:
{
  _module.freeformType = lib.mkForce null;
  environment.sytemPackages = [ pkgs.hello ];
}
