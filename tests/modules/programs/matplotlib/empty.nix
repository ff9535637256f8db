# Hearth's own case: enabled with nothing set still writes the file, a
# single newline.
{
  programs.matplotlib.enable = true;

  test.expected."home-files/.config/matplotlib/matplotlibrc" = ./empty-expected.rc;
}
