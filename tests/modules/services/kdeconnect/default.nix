{
  kdeconnect-basic = ./basic.nix;
  kdeconnect-indicator = ./indicator.nix;
  kdeconnect-before-24-05 = ./before-24-05.nix;
}
