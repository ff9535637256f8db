{
  keychain-shells = ./shells.nix;
  keychain-flags = ./flags.nix;
  keychain-xsession = ./xsession.nix;
}
