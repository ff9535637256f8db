{
  rsibreak-service = ./service.nix;
}
