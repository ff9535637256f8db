{
  imv-basic-configuration = ./basic-configuration.nix;
  imv-empty-configuration = ./empty-configuration.nix;
}
