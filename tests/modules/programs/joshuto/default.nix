{
  joshuto-settings = ./settings.nix;
}
