# useGlobalPkgs with both of a user's nixpkgs options set.
{
  imports = [ <home-manager/nixos> ];
  users.users.eve.isNormalUser = true;
  home-manager.useGlobalPkgs = true;
  home-manager.users.eve = {
    home.stateVersion = "23.11";
    nixpkgs.config.allowUnfree = true;
    nixpkgs.overlays = [ (self: super: { }) ];
  };
}
