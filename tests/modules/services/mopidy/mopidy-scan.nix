# Mirrors Home Manager's mopidy-scan test, which checks both unit files
# exist; here the scanner's unit is compared whole.
{ lib, pkgs, ... }:
{
  services.mopidy = {
    enable = true;
    extensionPackages = [ pkgs.mopidy-local ];
  };

  test.expected."home-files/.config/systemd/user/mopidy-scan.service" = ./mopidy-scan.service;
}
