# Before 0.48 fzf's shell files are sourced from its share directory.
{ config, pkgs, ... }:
{
  programs.bash.enable = true;
  programs.fzf = {
    enable = true;
    package = pkgs.fzf // {
      version = "0.38.0";
    };
  };

  test.expected."home-files/.bashrc" = ./old-version-expected.bashrc;
}
