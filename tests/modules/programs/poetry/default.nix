{
  poetry-custom-settings = ./custom-settings.nix;
  poetry-default-settings = ./default-settings.nix;
}
