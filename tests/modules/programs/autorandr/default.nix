{
  autorandr-basic-configuration = ./basic-configuration.nix;
  autorandr-scale = ./scale.nix;
  autorandr-hooks = ./hooks.nix;
  autorandr-scale-and-transform = ./scale-and-transform.nix;
}
