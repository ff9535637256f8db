{
  unclutter-defaults = ./defaults.nix;
  unclutter-options = ./options.nix;
}
