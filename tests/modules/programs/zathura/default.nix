{
  zathura-settings = ./settings.nix;
  zathura-empty = ./empty.nix;
}
