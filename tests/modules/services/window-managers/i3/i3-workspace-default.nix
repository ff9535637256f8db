# Mirrors Home Manager's i3-workspace-default test: the binding of the
# default workspace comes first.
{
  xsession.windowManager.i3 = {
    enable = true;
    config.defaultWorkspace = "workspace number 1";
  };

  test.expected."home-files/.config/i3/config" = ./i3-workspace-default-expected.conf;
}
