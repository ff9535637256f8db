{
  bat-config = ./config.nix;
  bat-no-config = ./no-config.nix;
}
