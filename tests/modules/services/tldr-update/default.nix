{
  tldr-update = ./tldr-update.nix;
}
