{
  fluidsynth-service = ./service.nix;
}
