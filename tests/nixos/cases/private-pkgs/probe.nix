# The user's package set is not the system's.
{ config, pkgs, ... }:

let
  userPkgs = config.home-manager.users.eve.usedPkgs;
in
{
  userConfig = userPkgs.config;
  userHasPrivate = userPkgs ? private-only;
  userHasSystemOnly = userPkgs ? system-only;
  systemHasPrivate = pkgs ? private-only;
  systemConfig = pkgs.config;
  packages = map (p: p.name) config.home-manager.users.eve.home.packages;
}
