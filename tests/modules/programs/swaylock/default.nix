{
  swaylock-settings = ./settings.nix;
  swaylock-legacy-settings = ./legacy-settings.nix;
}
