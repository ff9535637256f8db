# SNI applets that require the watcher, which waits at most 15 seconds;
# with the X session, tray.target's own dependencies come from there.
{
  xsession = {
    enable = true;
    preferStatusNotifierItems = true;
  };
  services.tray = {
    waitForWatcher = "require";
    watcherTimeoutSec = 15;
  };
  services.syncthing.tray.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/syncthingtray.service" = ./require-watcher-syncthingtray.service;
    "home-files/.config/systemd/user/tray-watcher.service" = ./require-watcher-tray-watcher.service;
    "home-files/.config/systemd/user/tray.target" = ./require-watcher-tray.target;
  };
}
