# Mirrors Home Manager's beets-mpdstats: the connection and the plugin in
# config.yaml, and the service, bound to mpd's.
{
  services.mpd = {
    enable = true;
    musicDirectory = "/home/hm-user/music";
  };
  programs.beets = {
    enable = true;
    mpdIntegration.enableStats = true;
  };

  test.expected = {
    "home-files/.config/beets/config.yaml" = ./mpdstats-expected.yaml;
    "home-files/.config/systemd/user/beets-mpdstats.service" = ./mpdstats-expected.service;
  };
}
