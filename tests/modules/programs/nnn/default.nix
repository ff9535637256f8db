{
  nnn = ./nnn.nix;
}
