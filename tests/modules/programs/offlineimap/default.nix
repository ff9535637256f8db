{
  offlineimap-basic = ./basic.nix;
  offlineimap-options = ./options.nix;
}
