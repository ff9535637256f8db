{
  helix-example-settings = ./example-settings.nix;
  helix-only-extra-config = ./only-extra-config.nix;
  helix-wrapper = ./wrapper.nix;
}
