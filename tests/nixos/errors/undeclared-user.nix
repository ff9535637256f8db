# A Home Manager user without an account in users.users.
{
  imports = [ <home-manager/nixos> ];
  home-manager.users.ghost.home.stateVersion = "23.11";
}
