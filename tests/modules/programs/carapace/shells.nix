# After Home Manager's carapace-bash, -zsh and -fish tests (which only look
# for the line of each shell): each shell sources carapace's completions.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.fish.enable = true;
  programs.carapace.enable = true;

  test.expected = {
    "home-files/.bashrc" = ./shells-expected.bashrc;
    "home-files/.zshrc" = ./shells-expected.zshrc;
    "home-files/.config/fish/config.fish" = ./shells-expected.fish;
  };
}
