{
  autorandr-service = ./service.nix;
  autorandr-service-ignore-lid = ./ignore-lid.nix;
}
