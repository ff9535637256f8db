{
  swaync = ./swaync.nix;
  swaync-style-text = ./style-text.nix;
}
