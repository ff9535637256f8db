{
  ncmpcpp-empty-settings = ./empty-settings.nix;
  ncmpcpp-example-settings = ./example-settings.nix;
  ncmpcpp-use-mpd-config = ./use-mpd-config.nix;
}
