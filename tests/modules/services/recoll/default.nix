{
  recoll-basic-configuration = ./basic-configuration.nix;
  recoll-config-format-order = ./config-format-order.nix;
}
