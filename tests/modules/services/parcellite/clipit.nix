# Hearth's own case: another package runs by its pname, and no options
# leave a blank after the program, as Home Manager's module writes it.
{ lib, pkgs, ... }:
{
  services.parcellite = {
    enable = true;
    package = pkgs.clipit;
  };

  test.expected."home-files/.config/systemd/user/parcellite.service" = ./clipit-expected.service;
}
