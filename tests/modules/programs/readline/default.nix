{
  readline-using-all-options = ./using-all-options.nix;
  readline-no-system-config = ./no-system-config.nix;
  readline-prefer-xdg-dirs = ./prefer-xdg-dirs.nix;
}
