{
  mpdscribble-basic-configuration = ./basic-configuration.nix;
  mpdscribble-files = ./files.nix;
  mpdscribble-remote-mpd = ./remote-mpd.nix;
}
