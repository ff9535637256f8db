{
  generation-layout = ./layout.nix;
}
