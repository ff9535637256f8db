{
  zsh-defaults = ./defaults.nix;
  zsh-session-variables = ./session-variables.nix;
  zsh-xdg-dotdir = ./xdg-dotdir.nix;
  zsh-relative-dotdir = ./relative-dotdir.nix;
  zsh-most-options = ./most-options.nix;
  zsh-no-completion = ./no-completion.nix;
  zsh-dotdir-variable = ./dotdir-variable.nix;
  zsh-plugins = ./plugins.nix;
  zsh-oh-my-zsh = ./oh-my-zsh.nix;
  zsh-history-substring-search = ./history-substring-search.nix;
}
