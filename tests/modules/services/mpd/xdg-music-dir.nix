# Mirrors Home Manager's mpd-xdg-music-dir test: from 22.11 on the XDG
# music directory is the default. Also another address and port, and
# extraConfig.
{ config, ... }:
{
  services.mpd = {
    enable = true;
    network = {
      listenAddress = "any";
      port = 6601;
    };
    extraConfig = ''
      audio_output {
        type "pipewire"
        name "PipeWire"
      }
    '';
  };
  xdg.userDirs = {
    enable = true;
    setSessionVariables = false;
  };

  home.stateVersion = "22.11";

  home.file."mpd.conf".text = config.services.mpd.generatedConfig;

  test.expected = {
    "home-files/mpd.conf" = ./xdg-music-dir.conf;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./xdg-music-dir-vars.sh;
  };
}
