# Hearth's own case: on Linux xdg.mime is on without being asked for.
{ config, lib, ... }:
{
  imports = [ ../../../../share/hearth/home-manager/modules/misc/xdg-mime.nix ];
  _module.args.pkgs = lib.mkForce (import ./pkgs.nix { inherit lib; });

  home.file.packages.text = lib.concatMapStrings (p: p.name + "\n") config.home.packages;

  test.expected."home-files/packages" = ./enabled-expected-packages.txt;
}
