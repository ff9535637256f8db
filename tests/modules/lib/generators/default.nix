{
  tohyprconf = ./tohyprconf.nix;
}
