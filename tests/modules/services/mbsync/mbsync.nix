# services.mbsync with its defaults: every five minutes, verbose.
{
  services.mbsync.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/mbsync.service" = ./mbsync-expected.service;
    "home-files/.config/systemd/user/mbsync.timer" = ./mbsync-expected.timer;
  };
}
