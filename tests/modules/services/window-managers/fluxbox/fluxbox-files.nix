# Hearth's own case (Home Manager has no fluxbox test): each file option
# becomes its file under ~/.fluxbox as given, and the X session runs
# fluxbox with the extra arguments, the empty one dropped and each quoted
# only if the shell needs it.
{ lib, ... }:
{
  xsession.enable = true;
  xsession.windowManager.fluxbox = {
    enable = true;
    init = ''
      session.screen0.toolbar.visible: false
    '';
    apps = ''
      [app] (name=xterm)
        [Workspace] {1}
      [end]
    '';
    keys = ''
      Mod4 Return :Exec xterm
    '';
    menu = ''
      [begin] (fluxbox)
        [exec] (xterm) {xterm}
      [end]
    '';
    slitlist = ''
      wmclock
    '';
    windowmenu = ''
      [begin]
        [close]
      [end]
    '';
    extraCommandLineArgs = [
      "-log"
      ""
      "/tmp/fluxbox log"
    ];
  };

  test.expected = {
    "home-files/.fluxbox/init" = ./init;
    "home-files/.fluxbox/apps" = ./apps;
    "home-files/.fluxbox/keys" = ./keys;
    "home-files/.fluxbox/menu" = ./menu;
    "home-files/.fluxbox/slitlist" = ./slitlist;
    "home-files/.fluxbox/windowmenu" = ./windowmenu;
    "home-files/.xsession" = ./xsession-expected.txt;
  };
}
