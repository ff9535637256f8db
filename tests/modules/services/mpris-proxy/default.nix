{
  mpris-proxy = ./mpris-proxy.nix;
}
