# enableAliases is gone; using it says what replaced it.
{
  programs.lsd = {
    enable = true;
    enableAliases = true;
  };

  test.expected."home-files/.bashrc" = ./aliases-expected.json;
}
