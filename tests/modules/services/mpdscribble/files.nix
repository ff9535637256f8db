# Hearth's own case (Home Manager's test checks the unit only): the
# configuration template, the script filling in the passwords (as
# stubs.nix's writeShellApplication writes it) and the start script, with
# a proxy, an MPD password and the same two endpoints as
# basic-configuration.nix, their password files fixed paths.
{
  config,
  lib,
  between,
  ...
}:
let
  service = config.systemd.user.services.mpdscribble.Service;
in
{
  imports = [ ./read-files.nix ];

  _module.args.pkgs = lib.mkForce (
    import ./pkgs.nix {
      inherit lib;
      shown = [
        "mpdscribble.conf"
        "mpdscribble-pre-start"
        "mpdscribble-start"
      ];
    }
  );

  services.mpdscribble = {
    enable = true;
    proxy = "http://proxy.example:3128";
    verbose = 2;
    journalInterval = 60;
    passwordFile = "/run/secrets/mpd";
    endpoints = {
      "libre.fm" = {
        username = "musicfan1992";
        passwordFile = "/run/secrets/librefm";
      };
      "https://music.com/" = {
        username = "musicHATER1000";
        passwordFile = "/run/secrets/music";
      };
    };
  };

  home.file = {
    "mpdscribble.conf".text = between "mpdscribble.conf" service.ExecStartPre;
    # The template's text (checked above) replaced by @template@.
    "pre-start".text =
      let
        script = between "mpdscribble-pre-start" service.ExecStartPre;
      in
      lib.head (lib.splitString "<mpdscribble.conf>" script)
      + "@template@"
      + lib.last (lib.splitString "</mpdscribble.conf>" script);
    "start".text = between "mpdscribble-start" service.ExecStart;
  };

  test.expected = {
    "home-files/mpdscribble.conf" = ./files.conf;
    "home-files/pre-start" = ./files-pre-start;
    "home-files/start" = ./files-start;
  };
}
