{
  kanshi-new-configuration = ./new-configuration.nix;
  kanshi-basic-configuration = ./basic-configuration.nix;
  kanshi-mixed-configuration = ./mixed-configuration.nix;
}
