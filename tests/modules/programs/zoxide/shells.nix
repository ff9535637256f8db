# After compinit in .zshrc, after everything else in .bashrc (even
# mkAfter snippets, direnv's here), with the options passed on.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.direnv.enable = true;
  programs.zoxide = {
    enable = true;
    options = [
      "--cmd"
      "j"
    ];
  };

  test.expected = {
    "home-files/.bashrc" = ./shells-expected.bashrc;
    "home-files/.zshrc" = ./shells-expected.zshrc;
  };
}
