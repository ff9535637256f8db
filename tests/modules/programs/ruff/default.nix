{
  ruff-settings = ./settings.nix;
}
