{
  zellij-enable-shells = ./enable-shells.nix;
  zellij-config-settings = ./config-settings.nix;
  zellij-config-mixed = ./config-mixed.nix;
  zellij-layout = ./layout.nix;
  zellij-theme = ./theme.nix;
  zellij-plugins = ./plugins.nix;
  zellij-old-version = ./old-version.nix;
}
