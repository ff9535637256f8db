# Hearth's own case: another resync span reaches the timer only; the timer
# has no [Install] section, so nothing links it into a target.
{ lib, ... }:
{

  services.psd = {
    enable = true;
    resyncTimer = "1h 30min";
  };

  test.expected = {
    "home-files/.config/systemd/user/psd.service" = ./psd.service;
    "home-files/.config/systemd/user/psd-resync.timer" = ./resync-timer-psd-resync.timer;
  };
}
