{
  clipmenu-basic = ./basic.nix;
  clipmenu-launcher = ./launcher.nix;
}
