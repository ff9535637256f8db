{
  picom-basic-configuration = ./picom-basic-configuration.nix;
  picom-defaults = ./picom-defaults.nix;
}
