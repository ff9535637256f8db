# Another mode, one image across the screens, and a timer that changes it
# every hour.
{
  services.random-background = {
    enable = true;
    imageDirectory = "%h/backgrounds";
    display = "scale";
    enableXinerama = false;
    interval = "1h";
  };

  test.expected = {
    "home-files/.config/systemd/user/random-background.service" = ./interval.service;
    "home-files/.config/systemd/user/random-background.timer" = ./interval.timer;
    "home-files/.config/systemd/user/timers.target.wants/random-background.timer" = ./interval.timer;
  };
}
