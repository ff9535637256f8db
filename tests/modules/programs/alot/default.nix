{
  alot = ./alot.nix;
  alot-full = ./full.nix;
}
