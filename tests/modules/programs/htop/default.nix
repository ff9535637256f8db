{
  htop-example-settings = ./example-settings.nix;
  htop-settings-without-fields = ./settings-without-fields.nix;
  htop-header-layout = ./header-layout.nix;
  htop-screens = ./screens.nix;
  htop-empty-settings = ./empty-settings.nix;
}
