{
  kanshi-basic-configuration = ./basic-configuration.nix;
  kanshi-new-configuration = ./new-configuration.nix;
  kanshi-alias-assertion = ./alias-assertion.nix;
  kanshi-empty-settings = ./empty-settings.nix;
  kanshi-mixed-configuration = ./mixed-configuration.nix;
}
