# Mirrors Home Manager's mpdris2-with-password test: its own host, port
# and password. The expected file is the one Home Manager's test held for
# the module this one follows (music_dir under [Connection]; later Home
# Manager versions moved it to a [Library] section).
{ lib, ... }:
{

  services.mpdris2 = {
    enable = true;
    mpd = {
      host = "somehost";
      port = 42;
      password = "foo";
    };
  };

  services.mpd.musicDirectory = "/home/hm-user/music";

  test.expected = {
    "home-files/.config/systemd/user/mpdris2.service" = ./basic-configuration.service;
    "home-files/.config/mpDris2/mpDris2.conf" = ./with-password.config;
  };
}
