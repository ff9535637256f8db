{
  navi-settings = ./settings.nix;
  navi-shells = ./shells.nix;
}
