# Not a Home Manager test: with a style, the X session passes all four Qt
# variables to systemd (listed before the session's own).
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ./pkgs.nix { inherit lib; });

  qt = {
    enable = true;
    platformTheme.name = "qtct";
    style.name = "Adwaita-Dark";
  };
  xsession = {
    enable = true;
    windowManager.command = "exec openbox";
  };

  test.expected."home-files/.xprofile" = ./xsession-expected-xprofile.txt;
}
