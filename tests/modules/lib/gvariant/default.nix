{
  merge = ./merge.nix;
  mismatch = ./mismatch.nix;
}
