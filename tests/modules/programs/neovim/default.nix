{
  neovim-defaults = ./defaults.nix;
  neovim-most-options = ./most-options.nix;
  neovim-sideload = ./sideload.nix;
  neovim-python2-removed = ./python2-removed.nix;
  neovim-plugin-config = ./plugin-config.nix;
  neovim-plugin-runtime = ./plugin-runtime.nix;
  neovim-plugin-lua-empty = ./plugin-lua-empty.nix;
  neovim-plugins-pack = ./plugins-pack.nix;
  neovim-plugin-runtime-deps = ./plugin-runtime-deps.nix;
  neovim-plugin-no-runtime-deps = ./plugin-no-runtime-deps.nix;
}
