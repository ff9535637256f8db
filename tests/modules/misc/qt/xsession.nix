# Not a Home Manager test: with a style, the X session passes all four Qt
# variables to systemd (listed before the session's own).
{ lib, ... }:
{
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
