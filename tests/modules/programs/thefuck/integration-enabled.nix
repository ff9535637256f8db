# Mirrors Home Manager's thefuck-integration-enabled (less nushell): the
# alias evaluated in .bashrc and .zshrc, and the `fuck` function for fish
# (shown before fish_indent). Home Manager's test expects '--alias' in
# quotes, from a nixpkgs whose escapeShellArg quoted every word; current
# lib (and Hearth's) leaves words that need no quoting bare.
{ config, ... }:
{
  programs = {
    thefuck.enable = true;
    bash.enable = true;
    fish.enable = true;
    zsh = {
      enable = true;
      dotDir = config.home.homeDirectory;
    };
  };

  test.expected = {
    "home-files/.bashrc" = ./integration-enabled-expected.bashrc;
    "home-files/.zshrc" = ./integration-enabled-expected.zshrc;
    "home-files/.config/fish/functions/fuck.fish" = ./integration-enabled-expected-fuck.fish;
  };
}
