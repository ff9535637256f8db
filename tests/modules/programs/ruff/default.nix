{
  ruff-settings = ./settings.nix;
  ruff-no-settings = ./no-settings.nix;
}
