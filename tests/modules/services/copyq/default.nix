{
  copyq-basic-configuration = ./basic-configuration.nix;
  copyq-dont-force-x-configuration = ./dont-force-x-configuration.nix;
  copyq-settings = ./settings.nix;
}
