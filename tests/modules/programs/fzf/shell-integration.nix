# A current fzf prints its own setup: evaluated early in .bashrc, sourced
# right after the history settings in .zshrc.
{ config, pkgs, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.fzf = {
    enable = true;
    package = pkgs.fzf // {
      version = "0.66.0";
    };
  };

  test.expected = {
    "home-files/.bashrc" = ./shell-integration-expected.bashrc;
    "home-files/.zshrc" = ./shell-integration-expected.zshrc;
  };
}
