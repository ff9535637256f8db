# dotDir names where files are written at build time: no shell variables.
{
  programs.zsh = {
    enable = true;
    dotDir = "$HOME/.config/zsh";
  };

  test.expected."home-files/.zshrc" = ./defaults-expected.zshrc;
}
