# Without options the command keeps its trailing space, as Home Manager's.
{
  programs.bash.enable = true;
  programs.zoxide = {
    enable = true;
    enableZshIntegration = false;
  };

  test.expected."home-files/.bashrc" = ./bash-only-expected.bashrc;
}
