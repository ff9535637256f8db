# After Home Manager's beets-mpdupdate (another host and port), with a
# plugin of the user's own that the mpd one joins; no service.
{ config, lib, ... }:
{
  programs.beets = {
    enable = true;
    settings.plugins = [ "fetchart" ];
    mpdIntegration = {
      enableUpdate = true;
      host = "10.0.0.42";
      port = 6601;
    };
  };

  home.file.units.text = builtins.toJSON (builtins.attrNames config.systemd.user.services);

  test.expected = {
    "home-files/.config/beets/config.yaml" = ./mpdupdate-expected.yaml;
    "home-files/units" = ./mpdupdate-expected-units.json;
  };
}
