# From state version 25.05 nothing is signed unless asked: the file is empty.
{
  home.stateVersion = "25.05";
  programs.git.enable = true;

  test.expected."home-files/.config/git/config" = ./defaults-current-expected.conf;
}
