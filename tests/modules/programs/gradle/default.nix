{
  gradle-alternate-home-settings = ./alternate-home-settings.nix;
  gradle-empty-settings = ./empty-settings.nix;
  gradle-example-settings = ./example-settings.nix;
  gradle-init-scripts-settings = ./init-scripts-settings.nix;
}
