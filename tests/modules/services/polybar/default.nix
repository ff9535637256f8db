{
  polybar-basic-configuration = ./basic-configuration.nix;
  polybar-empty-configuration = ./empty-configuration.nix;
  polybar-empty-configuration-no-file = ./empty-configuration-no-file.nix;
}
