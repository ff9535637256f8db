{
  caffeine-basic-service = ./basic-service.nix;
}
