{
  mopidy-basic-configuration = ./basic-configuration.nix;
  mopidy-scan = ./mopidy-scan.nix;
}
