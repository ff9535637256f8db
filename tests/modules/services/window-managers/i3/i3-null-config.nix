# Mirrors Home Manager's i3-null-config test: without `config` the file
# is extraConfig alone, here empty.
{
  xsession.windowManager.i3 = {
    enable = true;
    config = null;
  };

  test.expected."home-files/.config/i3/config" = ./empty.conf;
}
