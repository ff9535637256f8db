{
  uv-settings = ./settings.nix;
}
