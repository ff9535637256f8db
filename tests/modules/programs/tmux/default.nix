{
  tmux-defaults = ./defaults.nix;
  tmux-vi-plugins = ./vi-plugins.nix;
  tmux-shortcut = ./shortcut.nix;
  tmux-bad-plugin = ./bad-plugin.nix;
}
