{
  nheko-empty-settings = ./nheko-empty-settings.nix;
  nheko-example-settings = ./nheko-example-settings.nix;
}
