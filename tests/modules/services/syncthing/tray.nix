# Mirrors Home Manager's syncthing-tray test (linux/): the applet's unit
# waits for a StatusNotifier tray.
{
  services.syncthing.tray.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/syncthingtray.service" = ./tray-expected.service;
  };
}
