{
  cava-basic-configuration = ./cava-basic-configuration.nix;
}
