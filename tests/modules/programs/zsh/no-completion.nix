# Without completion there is no compinit and no nix-zsh-completions;
# the package comes from the option.
{ config, lib, pkgs, ... }:
{
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
    enableCompletion = false;
    package = pkgs.bash;
  };

  home.file.packages.text = lib.concatMapStrings (p: p.name + "\n") config.home.packages;

  test.expected = {
    "home-files/.zshrc" = ./no-completion-expected.zshrc;
    "home-files/packages" = ./no-completion-expected-packages.txt;
  };
}
