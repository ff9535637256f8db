{
  fluxbox-files = ./fluxbox-files.nix;
  fluxbox-empty = ./fluxbox-empty.nix;
}
