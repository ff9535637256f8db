{
  btop-example-settings = ./example-settings.nix;
  btop-empty-settings = ./empty-settings.nix;
}
