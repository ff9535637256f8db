# Home Manager's beets-mpdstats-external test: an mpd elsewhere, so the
# service has no ordering on a local mpd.
{
  home.stateVersion = "23.05";

  programs.beets = {
    enable = true;
    mpdIntegration = {
      enableStats = true;
      host = "10.0.0.42";
      port = 6601;
    };
  };

  test.expected = {
    "home-files/.config/beets/config.yaml" = ./mpdstats-external-expected.yaml;
    "home-files/.config/systemd/user/beets-mpdstats.service" =
      ./mpdstats-external-expected.service;
  };
}
