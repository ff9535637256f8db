{
  eza-aliases = ./aliases.nix;
  eza-no-integration = ./no-integration.nix;
  eza-enable-aliases-removed = ./enable-aliases-removed.nix;
}
