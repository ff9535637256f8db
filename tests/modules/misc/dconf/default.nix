{
  settings = ./settings.nix;
  empty = ./empty.nix;
}
