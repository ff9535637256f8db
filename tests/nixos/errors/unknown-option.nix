# A NixOS option the system layer does not have.
{
  imports = [ <home-manager/nixos> ];
  users.users.eve.isNormalUser = true;
  services.openssh.enable = true;
}
