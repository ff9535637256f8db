# The music directory comes from services.mpd, and wins over a setting of
# the same name, with a warning.
{
  services.mpd = {
    enable = true;
    musicDirectory = /home/user/music;
  };
  programs.ncmpcpp = {
    enable = true;
    settings.mpd_music_dir = "/srv/music";
  };

  test.expected = {
    "home-files/.config/ncmpcpp/config" = ./use-mpd-config-expected-config;
    warnings = ./use-mpd-config-expected-warnings;
  };
}
