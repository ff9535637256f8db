{
  xcape-defaults = ./defaults.nix;
  xcape-options = ./options.nix;
}
