{
  mangohud-basic-configuration = ./basic-configuration.nix;
}
