{
  generic-linux = ./generic-linux.nix;
  generic-linux-renamed-data-dirs = ./generic-linux-renamed-data-dirs.nix;
}
