# unknown-option.nix with the system layer's note switched off: the module
# system's own report, which the note must extend unchanged.
{ lib, ... }:
{
  imports = [ <home-manager/nixos> ];
  _module.freeformType = lib.mkForce null;
  users.users.eve.isNormalUser = true;
  services.openssh.enable = true;
}
