# Home Manager's beets-mpdstats test: the local mpd's port in config.yaml,
# and a mpdstats service bound to mpd's.
{
  home.stateVersion = "23.05";

  services.mpd = {
    enable = true;
    musicDirectory = "/my/music/dir";
    network.port = 4242;
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
