# Hearth's own case: the X session runs bspwm with its bspwmrc, and the
# session profile carries Java's reparenting fix for programs bspwm does
# not start.
{ lib, ... }:
{
  xsession.enable = true;
  xsession.windowManager.bspwm.enable = true;

  test.expected."home-files/.xsession" = ./xsession-expected.txt;
  test.expected."home-files/.xprofile" = ./xprofile-expected.txt;
}
