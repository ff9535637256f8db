{
  wlogout-layout-single = ./layout-single.nix;
  wlogout-layout-multiple = ./layout-multiple.nix;
  wlogout-styling = ./styling.nix;
}
