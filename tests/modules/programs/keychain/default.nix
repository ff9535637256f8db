{
  keychain-shells = ./shells.nix;
  keychain-flags = ./flags.nix;
}
