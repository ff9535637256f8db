# startAsUserService: one user unit for everybody, a drop-in per user in
# their profile, and a restart of it on each switch; no system units.
{ pkgs, ... }:

{
  imports = [ <home-manager/nixos> ];

  users.users.eve.isNormalUser = true;
  users.users.bob.isNormalUser = true;

  home-manager = {
    startAsUserService = true;
    backupFileExtension = "bak";
    users.eve.home.stateVersion = "23.11";
    users.bob.home.stateVersion = "23.11";
  };
}
