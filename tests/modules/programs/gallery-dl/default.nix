{
  gallery-dl = ./gallery-dl.nix;
  gallery-dl-no-settings = ./no-settings.nix;
}
