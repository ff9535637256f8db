# Mirrors Home Manager's mopidy basic-configuration test. Its expected
# ExecStart names the environment mopidy-with-extensions; the module Hearth
# follows adds the version (the stub's "0") to that name, so it does here.
# The test also checks mopidy-scan.service is absent, which Hearth's
# harness cannot express.
{ lib, ... }:
{
  services.mopidy = {
    enable = true;
    extensionPackages = [ ];
    settings = {
      file = {
        enabled = true;
        media_dirs = [
          "$XDG_MUSIC_DIR|Music"
          "~/Downloads|Downloads"
        ];
      };
      spotify = {
        enabled = true;
        client_id = "TOTALLY_NOT_A_FAKE_CLIENT_ID";
        client_secret = "YOU_CAN_USE_ME_FOR_YOUR_SPOTIFY_PREMIUM_SUBSCRIPTION";
      };
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/mopidy.service" = ./basic-configuration.service;
    "home-files/.config/mopidy/mopidy.conf" = ./basic-configuration.conf;
  };
}
