{
  rclone-basic-configuration = ./basic-configuration.nix;
  rclone-secrets = ./secrets.nix;
  rclone-missing-type = ./missing-type.nix;
}
