{
  clipmenu-basic = ./basic.nix;
}
