{
  swaylock-current-default-disabled = ./current-default-disabled.nix;
  swaylock-disabled = ./disabled.nix;
  swaylock-settings = ./settings.nix;
  swaylock-enabled = ./enabled.nix;
  swaylock-legacy = ./legacy.nix;
  swaylock-image-path = ./image-path.nix;
}
