{
  copyq-basic = ./basic.nix;
  copyq-native-wayland = ./native-wayland.nix;
}
