{
  micro = ./micro.nix;
  micro-empty = ./empty.nix;
}
