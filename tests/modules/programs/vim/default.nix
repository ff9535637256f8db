{
  vim-defaults = ./defaults.nix;
  vim-settings = ./settings.nix;
  vim-string-plugins = ./string-plugins.nix;
  vim-unknown-plugin = ./unknown-plugin.nix;
  vim-plugin-dependencies = ./plugin-dependencies.nix;
}
