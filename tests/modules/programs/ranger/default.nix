{
  ranger-configuration = ./configuration.nix;
  ranger-plugins = ./plugins.nix;
}
