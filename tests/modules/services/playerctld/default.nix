{
  playerctld-basic = ./basic.nix;
}
