{
  bemenu-basic-configuration = ./basic-configuration.nix;
  bemenu-empty-configuration = ./empty-configuration.nix;
}
