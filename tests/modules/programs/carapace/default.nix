{
  carapace-shells = ./shells.nix;
}
