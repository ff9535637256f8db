{
  cargo-settings = ./settings.nix;
  cargo-home = ./home.nix;
}
