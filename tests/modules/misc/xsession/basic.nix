# Home Manager's xsession basic: both scripts, and a setxkbmap unit for
# the keyboard a state version before 19.09 defaults to (us, no variant).
# The imported variables read user-first: the configuration is evaluated
# before the modules, as `home-manager` does; HM's test runner evaluates
# the case last, so its expectation lists the module's variables first.
{ lib, ... }:
{
  xsession = {
    enable = true;
    windowManager.command = "window manager command";
    importedVariables = [ "EXTRA_IMPORTED_VARIABLE" ];
    initExtra = "init extra commands";
    profileExtra = "profile extra commands";
  };

  test.expected = {
    "home-files/.xprofile" = ./basic-xprofile-expected.txt;
    "home-files/.xsession" = ./basic-xsession-expected.txt;
    "home-files/.config/systemd/user/setxkbmap.service" = ./basic-setxkbmap-expected.service;
  };
}
