{ config, ... }:

{
  eve = config.home-manager.users.eve.seen;
  sam = config.home-manager.users.sam.seen;
  minimal = config.home-manager.users.sam.stub.minimal;
  packages = map (p: p.name) config.home-manager.users.sam.home.packages;
}
