# The screenrc given as text is written as it is.
{
  programs.screen = {
    enable = true;
    screenrc = ''
      startup_message off
      defscrollback 10000
    '';
  };

  test.expected."home-files/.screenrc" = ./text-expected;
}
