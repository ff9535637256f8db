# The fish hooks of the other modules, as Home Manager writes them into
# config.fish (fzf first at order 200, direnv last).
{ config, pkgs, ... }:
{
  programs.fish = {
    enable = true;
    generateCompletions = false;
  };
  programs.fzf = {
    enable = true;
    package = pkgs.fzf // {
      version = "0.66.0";
    };
  };
  programs.direnv.enable = true;
  programs.zoxide = {
    enable = true;
    options = [ "--cmd cd" ];
  };
  programs.starship = {
    enable = true;
    enableTransience = true;
  };
  programs.eza.enable = true;
  programs.autojump.enable = true;
  programs.kitty.enable = true;
  programs.lazygit = {
    enable = true;
    package = null;
  };
  programs.neovim = {
    enable = true;
    vimdiffAlias = true;
  };
  services.gpg-agent = {
    enable = true;
    enableSshSupport = true;
  };

  test.expected = {
    "home-files/.config/fish/config.fish" = ./integrations-expected.fish;
    "home-files/.config/fish/functions/lg.fish" = ./integrations-expected-lg.fish;
  };
}
