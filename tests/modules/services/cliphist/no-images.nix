# Without images there is no image watcher (the harness fails on the
# missing file).
{
  services.cliphist = {
    enable = true;
    allowImages = false;
  };

  test.expected."home-files/.config/systemd/user/cliphist-images.service" =
    ./sway-session-target-images.service;
}
