{
  screen-settings = ./settings.nix;
  screen-file = ./file.nix;
}
