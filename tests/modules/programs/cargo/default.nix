{
  cargo = ./example-config.nix;
  cargo-empty-config = ./empty-config.nix;
  cargo-home = ./cargo-home.nix;
  cargo-alt-cargohome = ./alt-cargohome.nix;
}
