{
  network-manager-applet = ./network-manager-applet.nix;
  network-manager-applet-xembed = ./xembed.nix;
}
