{
  xsettingsd-basic-configuration = ./basic-configuration.nix;
}
