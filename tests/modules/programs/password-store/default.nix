{
  password-store-default-path = ./default-path.nix;
  password-store-old-default-path = ./old-default-path.nix;
  password-store-old-default-explicit-empty-settings = ./old-default-explicit-empty-settings.nix;
  password-store-old-default-partial-settings = ./old-default-partial-settings.nix;
  password-store-nondefault-path = ./nondefault-path.nix;
}
