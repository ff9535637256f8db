# Mirrors Home Manager's mpdscribble-basic-configuration test: two
# endpoints, one with a known URL; the unit, store paths zeroed.
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ./pkgs.nix { inherit lib; });

  services.mpdscribble = {
    enable = true;
    endpoints = {
      "libre.fm" = {
        username = "musicfan1992";
        passwordFile = toString ./password-file;
      };
      "https://music.com/" = {
        username = "musicHATER1000";
        passwordFile = toString ./password-file;
      };
    };
  };

  home.stateVersion = "22.11";

  test.expected = {
    "home-files/.config/systemd/user/mpdscribble.service" = ./basic-configuration.service;
    "home-files/.config/systemd/user/default.target.wants/mpdscribble.service" =
      ./basic-configuration.service;
  };
}
