# Mirrors Home Manager's pyenv tests (bash, zsh, fish): each shell exports
# the root, then runs `pyenv init`; fish sets the root as a universal
# variable.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.fish.enable = true;
  programs.pyenv.enable = true;

  test.expected = {
    "home-files/.bashrc" = ./shells-expected.bashrc;
    "home-files/.zshrc" = ./shells-expected.zshrc;
    "home-files/.config/fish/config.fish" = ./shells-expected.fish;
  };
}
