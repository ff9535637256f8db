{
  ranger-configuration = ./configuration.nix;
}
