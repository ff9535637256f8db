# Hearth's own case (Home Manager tests only the defaults): the flags and
# the timer.
{ pkgs, ... }:
{
  services.vdirsyncer = {
    enable = true;
    package = pkgs.runCommand "vdirsyncer" { } "";
    frequency = "hourly";
    verbosity = "DEBUG";
    configFile = "/etc/vdirsyncer.conf";
  };

  test.expected = {
    "home-files/.config/systemd/user/vdirsyncer.service" = ./with-options-expected.service;
    "home-files/.config/systemd/user/vdirsyncer.timer" = ./with-options-expected.timer;
  };
}
