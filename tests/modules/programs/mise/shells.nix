# After Home Manager's mise-bash-integration, -zsh- and -fish-: each shell
# evaluates `mise activate` for itself.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.fish.enable = true;
  programs.mise.enable = true;

  test.expected = {
    "home-files/.bashrc" = ./shells-expected.bashrc;
    "home-files/.zshrc" = ./shells-expected.zshrc;
    "home-files/.config/fish/config.fish" = ./shells-expected.fish;
  };
}
