# Not a Home Manager test: with xsession enabled, ~/.xsession runs i3
# from its package.
{
  xsession.enable = true;
  xsession.windowManager.i3.enable = true;

  test.expected."home-files/.xsession" = ./i3-xsession-expected.txt;
}
