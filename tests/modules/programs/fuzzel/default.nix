{
  fuzzel-example-settings = ./example-settings.nix;
  fuzzel-empty-settings = ./empty-settings.nix;
}
