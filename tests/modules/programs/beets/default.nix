{
  beets-mpdstats = ./mpdstats.nix;
  beets-mpdupdate = ./mpdupdate.nix;
}
