{
  taffybar-service = ./service.nix;
}
