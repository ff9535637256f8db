# Without an interval there is no timer (the harness fails on the missing
# file).
{
  services.random-background = {
    enable = true;
    imageDirectory = "%h/backgrounds";
  };

  test.expected."home-files/.config/systemd/user/random-background.timer" = ./interval.timer;
}
