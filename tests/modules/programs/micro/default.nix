{
  micro = ./micro.nix;
}
