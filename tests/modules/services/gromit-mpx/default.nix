{
  gromit-mpx-default-configuration = ./default-configuration.nix;
  gromit-mpx-basic-configuration = ./basic-configuration.nix;
  gromit-mpx-legacy-opacity = ./legacy-opacity.nix;
  gromit-mpx-settings = ./settings.nix;
}
