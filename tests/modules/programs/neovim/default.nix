{
  neovim-defaults = ./defaults.nix;
  neovim-most-options = ./most-options.nix;
  neovim-sideload = ./sideload.nix;
  neovim-python2-removed = ./python2-removed.nix;
}
