{
  kodi-example-addon-settings = ./example-addon-settings.nix;
  kodi-example-settings = ./example-settings.nix;
  kodi-example-sources = ./example-sources.nix;
  kodi-datadir-and-escaping = ./datadir-and-escaping.nix;
}
