# The global switch turns the hook off for every shell.
{
  home.shell.enableShellIntegration = false;
  programs.bash.enable = true;
  programs.direnv.enable = true;

  test.expected."home-files/.bashrc" = ./no-integration-expected.bashrc;
}
