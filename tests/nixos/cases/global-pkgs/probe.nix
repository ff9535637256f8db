# Both users see the system's package set.
{ config, pkgs, ... }:

{
  eve = config.home-manager.users.eve.usedPkgs.system-only.marker;
  samePkgs = config.home-manager.users.bob.usedPkgs == pkgs;
  bobConfig = config.home-manager.users.bob.nixpkgs.config;
}
