# Nothing set: zathurarc is still written, holding only a newline.
{
  programs.zathura.enable = true;

  test.expected."home-files/.config/zathura/zathurarc" = ./empty-expected;
}
