# Hearth's own case (Home Manager has no awesome test): ~/.xsession runs
# awesome from its package, followed by the space Home Manager leaves.
{ lib, ... }:
{
  xsession.enable = true;
  xsession.windowManager.awesome.enable = true;

  test.expected."home-files/.xsession" = ./default-xsession.txt;
}
