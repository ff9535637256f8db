{
  home-manager-auto-expire-basic-configuration = ./basic-configuration.nix;
  home-manager-auto-expire-defaults = ./defaults.nix;
}
