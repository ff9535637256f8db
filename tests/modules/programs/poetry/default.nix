{
  poetry-settings = ./settings.nix;
}
