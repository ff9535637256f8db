{
  imv-settings = ./settings.nix;
  imv-empty-settings = ./empty-settings.nix;
}
