# Mirrors Home Manager's mpd-before-state-version-22_11 test: before 22.11
# the music directory defaults to ~/music.
{ config, ... }:
{
  services.mpd = {
    enable = true;
    extraArgs = [ "--verbose" ];
  };

  home.stateVersion = "18.09";

  home.file."mpd.conf".text = config.services.mpd.generatedConfig;

  test.expected = {
    "home-files/.config/systemd/user/mpd.service" = ./basic-configuration.service;
    "home-files/mpd.conf" = ./before-state-version-22_11.conf;
  };
}
