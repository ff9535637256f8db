{
  bottom-example-settings = ./example-settings.nix;
  bottom-empty-settings = ./empty-settings.nix;
}
