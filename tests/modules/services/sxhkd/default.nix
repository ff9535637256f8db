{
  sxhkd-configuration = ./configuration.nix;
  sxhkd-service = ./service.nix;
}
