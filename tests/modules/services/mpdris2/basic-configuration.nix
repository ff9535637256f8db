# Mirrors Home Manager's mpdris2-basic-configuration test: notifications
# and media keys on, the MPD settings taken from services.mpd.
{ lib, ... }:
{

  services.mpdris2 = {
    enable = true;
    notifications = true;
    multimediaKeys = true;
  };

  services.mpd.musicDirectory = "/home/hm-user/music";

  test.expected = {
    "home-files/.config/systemd/user/mpdris2.service" = ./basic-configuration.service;
    "home-files/.config/mpDris2/mpDris2.conf" = ./basic-configuration.config;
  };
}
