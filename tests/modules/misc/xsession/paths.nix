# Not a Home Manager test: scriptPath and profilePath move both files, the
# session script reads the profile from its new place, and from 21.11
# there is no keyboard unit; the two targets are written.
{ lib, ... }:
{
  home.stateVersion = "24.05";
  xsession = {
    enable = true;
    scriptPath = ".xsession-hm";
    profilePath = ".xprofile-hm";
    windowManager.command = "exec i3";
  };

  test.expected = {
    "home-files/.xsession-hm" = ./paths-expected-xsession.txt;
    "home-files/.xprofile-hm" = ./paths-expected-xprofile.txt;
    "home-files/.config/systemd/user/hm-graphical-session.target" = ./paths-expected-hm-graphical-session.target;
    "home-files/.config/systemd/user/tray.target" = ./paths-expected-tray.target;
  };
}
