{
  fuzzel-example-settings = ./example-settings.nix;
}
