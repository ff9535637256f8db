# Without useGlobalPkgs each user gets a package set of their own,
# imported again with the user's nixpkgs.config and nixpkgs.overlays;
# the system's overlays do not apply there.
{ pkgs, ... }:

{
  imports = [ <home-manager/nixos> ];

  nixpkgs.overlays = [ (self: super: { system-only = super.hello; }) ];

  # Lets the probe see each user's package set.
  home-manager.sharedModules = [
    ({ lib, pkgs, ... }: {
      options.usedPkgs = lib.mkOption { type = lib.types.raw; };
      config.usedPkgs = pkgs;
    })
  ];

  users.users.eve.isNormalUser = true;
  home-manager.users.eve = { pkgs, ... }: {
    nixpkgs.config.allowUnfree = true;
    nixpkgs.overlays = [ (self: super: { private-only = super.atool; }) ];
    home.packages = [ pkgs.private-only ];
    home.stateVersion = "23.11";
  };
}
