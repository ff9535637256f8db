{
  starship-settings = ./settings.nix;
  starship-no-settings = ./no-settings.nix;
  starship-config-path = ./config-path.nix;
}
