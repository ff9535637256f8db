# enableAliases is gone; using it says what to do instead.
{
  programs.eza = {
    enable = true;
    enableAliases = true;
  };

  test.expected."home-files/.bashrc" = ./aliases-expected.bashrc;
}
