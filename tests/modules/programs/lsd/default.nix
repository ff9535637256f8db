{
  lsd-example-settings = ./example-settings.nix;
  lsd-settings-using-paths = ./settings-using-paths.nix;
  lsd-aliases = ./aliases.nix;
  lsd-enable-aliases-removed = ./enable-aliases-removed.nix;
}
