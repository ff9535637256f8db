{
  services-mbsync = ./mbsync.nix;
  services-mbsync-options = ./options.nix;
}
