# services.mbsync with its defaults: every five minutes, verbose. (Home
# Manager has no tests for this service; expected files follow its module.)
{
  services.mbsync.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/mbsync.service" = ./mbsync-expected.service;
    "home-files/.config/systemd/user/mbsync.timer" = ./mbsync-expected.timer;
  };
}
