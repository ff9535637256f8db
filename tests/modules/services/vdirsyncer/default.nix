{
  vdirsyncer-basic-configuration = ./basic-configuration.nix;
  vdirsyncer-with-options = ./with-options.nix;
}
