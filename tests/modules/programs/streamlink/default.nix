{
  streamlink-settings = ./streamlink-settings.nix;
  streamlink-custom-plugins = ./streamlink-custom-plugins.nix;
}
