{
  tofi-basic-configuration = ./basic-configuration.nix;
  tofi-booleans = ./booleans.nix;
}
