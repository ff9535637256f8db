# Mirrors Home Manager's i3-followmouse test.
{
  xsession.windowManager.i3 = {
    enable = true;
    config.focus.followMouse = false;
  };

  test.expected."home-files/.config/i3/config" = ./i3-followmouse-expected.conf;
}
