# With xsession.preferStatusNotifierItems the icon is an SNI one:
# --appindicator, the SNI tray target and the watcher.
{
  xsession.preferStatusNotifierItems = true;
  services.udiskie.enable = true;

  test.expected."home-files/.config/systemd/user/udiskie.service" = ./sni-expected.service;
}
