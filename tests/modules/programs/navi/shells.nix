# After Home Manager's navi-integration tests: the widget where line
# editing is on (bash, zsh), in fish's shellInit.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.fish.enable = true;
  programs.navi.enable = true;

  test.expected = {
    "home-files/.bashrc" = ./shells-expected.bashrc;
    "home-files/.zshrc" = ./shells-expected.zshrc;
    "home-files/.config/fish/config.fish" = ./shells-expected.fish;
  };
}
