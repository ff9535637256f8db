{
  mpd-basic-configuration = ./basic-configuration.nix;
  mpd-before-state-version-22_11 = ./before-state-version-22_11.nix;
  mpd-start-when-needed = ./start-when-needed.nix;
  mpd-xdg-music-dir = ./xdg-music-dir.nix;
}
