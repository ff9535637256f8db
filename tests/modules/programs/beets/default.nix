{
  beets-mpdstats = ./mpdstats.nix;
  beets-mpdstats-external = ./mpdstats-external.nix;
  beets-mpdupdate = ./mpdupdate.nix;
  beets-legacy-enable-default = ./legacy-enable-default.nix;
  beets-current-disable-default = ./current-disable-default.nix;
}
