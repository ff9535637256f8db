{
  poweralertd-settings = ./settings.nix;
}
