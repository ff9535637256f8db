{
  xresources = ./xresources.nix;
  xresources-extra-config = ./extra-config.nix;
}
