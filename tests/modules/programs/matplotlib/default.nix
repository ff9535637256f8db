{
  matplotlib-settings = ./settings.nix;
  matplotlib-empty = ./empty.nix;
}
