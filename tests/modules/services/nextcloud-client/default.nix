{
  nextcloud-client = ./nextcloud-client.nix;
  nextcloud-client-background = ./background.nix;
}
