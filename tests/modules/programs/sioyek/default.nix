{
  sioyek-basic-configuration = ./basic-configuration.nix;
  sioyek-empty = ./empty.nix;
}
