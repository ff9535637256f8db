{
  misc-specialisation = ./specialisation.nix;
  misc-uninstall = ./uninstall.nix;
}
