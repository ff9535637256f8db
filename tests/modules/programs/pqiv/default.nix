{
  pqiv-settings = ./settings.nix;
  pqiv-empty = ./empty.nix;
}
