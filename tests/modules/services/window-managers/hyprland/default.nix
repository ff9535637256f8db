{
  hyprland-simple-config = ./simple-config.nix;
  hyprland-multiple-devices-config = ./multiple-devices-config.nix;
  hyprland-sourceFirst-false-config = ./sourceFirst-false-config.nix;
  hyprland-null-package-config = ./null-package-config.nix;
  hyprland-inconsistent-config = ./inconsistent-config.nix;
  hyprland-submaps-config = ./submaps-config.nix;
}
