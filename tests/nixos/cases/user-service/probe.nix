# The drop-in each user's profile carries (rebuilt from its expected text).
{ config, pkgs, ... }:

let
  dropIn =
    user:
    pkgs.writeTextDir "share/systemd/user/home-manager.service.d/10-user-activation.conf" ''
      [Service]
      ExecStart=${config.home-manager.users.${user}.home.activationPackage}/activate
    '';
in
{
  eve = config.users.users.eve.packages == [ (dropIn "eve") ];
  bob = config.users.users.bob.packages == [ (dropIn "bob") ];
  pathsToLink = builtins.elem "/share/systemd/user/home-manager.service.d" config.environment.pathsToLink;
}
