# Mirrors Home Manager's mpd-basic-configuration test: the unit, and
# mpd.conf (read through generatedConfig rather than from the store path in
# ExecStart). Also the MPD_HOST/MPD_PORT session variables.
{ config, ... }:
{
  services.mpd = {
    enable = true;
    musicDirectory = "/my/music/dir";
    extraArgs = [ "--verbose" ];
  };

  home.stateVersion = "22.11";

  home.file."mpd.conf".text = config.services.mpd.generatedConfig;

  test.expected = {
    "home-files/.config/systemd/user/mpd.service" = ./basic-configuration.service;
    "home-files/.config/systemd/user/default.target.wants/mpd.service" = ./basic-configuration.service;
    "home-files/mpd.conf" = ./basic-configuration.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./basic-configuration-vars.sh;
  };
}
