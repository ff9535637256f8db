{
  zsh-defaults = ./defaults.nix;
  zsh-session-variables = ./session-variables.nix;
  zsh-xdg-dotdir = ./xdg-dotdir.nix;
  zsh-relative-dotdir = ./relative-dotdir.nix;
  zsh-most-options = ./most-options.nix;
  zsh-no-completion = ./no-completion.nix;
  zsh-dotdir-variable = ./dotdir-variable.nix;
}
