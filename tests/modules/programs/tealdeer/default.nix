{
  tealdeer-custom-settings = ./custom-settings.nix;
  tealdeer-default-settings = ./default-settings.nix;
}
