{
  cmus = ./cmus.nix;
  cmus-empty = ./empty.nix;
}
