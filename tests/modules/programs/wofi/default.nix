{
  wofi-basic-configuration = ./basic-configuration.nix;
}
