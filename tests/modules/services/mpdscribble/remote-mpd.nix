# Hearth's own case: an MPD on another host is not waited for (no
# After=mpd.service).
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ./pkgs.nix { inherit lib; });

  services.mpdscribble = {
    enable = true;
    host = "music.lan";
  };

  test.expected."home-files/.config/systemd/user/mpdscribble.service" = ./remote-mpd.service;
}
