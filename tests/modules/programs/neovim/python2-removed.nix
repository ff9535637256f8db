# Python 2 support is gone; the old option fails with the reason.
{
  programs.neovim = {
    enable = true;
    withPython = true;
  };

  test.expected."home-files/.config/nvim/init.lua" = ./defaults-expected.lua;
}
