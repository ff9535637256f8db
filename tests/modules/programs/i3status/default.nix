{
  i3status-with-default = ./with-default.nix;
  i3status-with-custom = ./with-custom.nix;
}
