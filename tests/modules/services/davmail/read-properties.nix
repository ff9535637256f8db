# Puts the text of the properties file the service starts davmail with at
# home-files/davmail.properties, taken from the unit's ExecStart (see
# pkgs.nix), as Home Manager's tests find the file from the unit.
{ config, lib, ... }:
{
  _module.args.pkgs = lib.mkForce (
    import ./pkgs.nix {
      inherit lib;
      withText = true;
    }
  );

  home.file."davmail.properties".text = lib.last (
    lib.splitString "<properties>" (toString config.systemd.user.services.davmail.Service.ExecStart)
  );
}
