# The flags in the `eza` alias, and the ls family, in bash and zsh.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.eza = {
    enable = true;
    extraOptions = [
      "--group-directories-first"
      "--header"
    ];
    icons = "auto";
    colors = "always";
    git = true;
  };

  test.expected = {
    "home-files/.bashrc" = ./aliases-expected.bashrc;
    "home-files/.zshrc" = ./aliases-expected.zshrc;
  };
}
