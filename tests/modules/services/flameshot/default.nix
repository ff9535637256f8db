{
  flameshot-service = ./service.nix;
  flameshot-example-settings = ./example-settings.nix;
  flameshot-empty-settings = ./empty-settings.nix;
}
