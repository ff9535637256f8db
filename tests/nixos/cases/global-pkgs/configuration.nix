# useGlobalPkgs: users get the system's package set (with its overlays);
# a user still setting nixpkgs.config gets the warning, prefixed with the
# user's name.
{ pkgs, ... }:

{
  imports = [ <home-manager/nixos> ];

  nixpkgs.overlays = [ (self: super: { system-only = super.hello // { marker = "system"; }; }) ];

  # Lets the probe see each user's package set.
  home-manager.sharedModules = [
    ({ lib, pkgs, ... }: {
      options.usedPkgs = lib.mkOption { type = lib.types.raw; };
      config.usedPkgs = pkgs;
    })
  ];

  users.users.eve.isNormalUser = true;
  users.users.bob.isNormalUser = true;

  home-manager.useGlobalPkgs = true;
  home-manager.users.eve = { pkgs, ... }: {
    home.packages = [ pkgs.system-only ];
    home.stateVersion = "23.11";
  };
  home-manager.users.bob = { pkgs, ... }: {
    nixpkgs.config.allowUnfree = true;
    home.stateVersion = "23.11";
  };
}
