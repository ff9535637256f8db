# Home Manager's beets-mpdupdate test: the plugin and mpd's default
# connection in config.yaml.
{
  home.stateVersion = "23.05";

  programs.beets = {
    enable = true;
    mpdIntegration.enableUpdate = true;
  };

  test.expected."home-files/.config/beets/config.yaml" = ./mpdupdate-expected.yaml;
}
