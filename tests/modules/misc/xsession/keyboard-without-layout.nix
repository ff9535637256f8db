# Home Manager's xsession keyboard-without-layout: from 19.09 there is no
# default layout, so setxkbmap gets the options alone.
{ lib, ... }:
{
  home.stateVersion = "19.09";
  home.keyboard.options = [
    "ctrl:nocaps"
    "altwin:no_win"
  ];

  xsession = {
    enable = true;
    windowManager.command = "window manager command";
    importedVariables = [ "EXTRA_IMPORTED_VARIABLE" ];
    initExtra = "init extra commands";
    profileExtra = "profile extra commands";
  };

  test.expected."home-files/.config/systemd/user/setxkbmap.service" =
    ./keyboard-without-layout-expected.service;
}
