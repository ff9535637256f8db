{
  bash-basic = ./basic.nix;
}
