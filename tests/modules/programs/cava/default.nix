{
  cava-basic-configuration = ./basic-configuration.nix;
}
