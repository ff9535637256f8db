{
  wofi-basic-configuration = ./basic-configuration.nix;
  wofi-empty-configuration = ./empty-configuration.nix;
  wofi-style-local-file = ./style-local-file.nix;
  wofi-null-setting = ./null-setting.nix;
}
