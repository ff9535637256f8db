{
  mako-example-config = ./example-config.nix;
  mako-deprecated-criteria = ./deprecated-criteria.nix;
  mako-renamed-options = ./renamed-options.nix;
}
