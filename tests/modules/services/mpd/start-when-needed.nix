# Mirrors Home Manager's mpd-start-when-needed test: a socket unit starts
# the service, which no target wants any more.
{ config, ... }:
{
  services.mpd = {
    enable = true;
    musicDirectory = "/my/music/dir";
    extraArgs = [ "--verbose" ];
    network.startWhenNeeded = true;
  };

  home.stateVersion = "22.11";

  home.file."mpd.conf".text = config.services.mpd.generatedConfig;

  test.expected = {
    "home-files/.config/systemd/user/mpd.service" = ./start-when-needed.service;
    "home-files/.config/systemd/user/mpd.socket" = ./start-when-needed.socket;
    "home-files/.config/systemd/user/sockets.target.wants/mpd.socket" = ./start-when-needed.socket;
    "home-files/mpd.conf" = ./basic-configuration.conf;
  };
}
