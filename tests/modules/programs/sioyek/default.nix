{
  sioyek-basic-configuration = ./basic-configuration.nix;
}
