{
  easyeffects-service = ./service.nix;
  easyeffects-preset = ./preset.nix;
}
