{
  tmate-basic = ./basic.nix;
}
