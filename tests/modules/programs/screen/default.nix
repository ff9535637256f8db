{
  screen-text = ./text.nix;
  screen-file = ./file.nix;
}
