{
  uv-example-settings = ./example-settings.nix;
  uv-no-settings = ./no-settings.nix;
}
