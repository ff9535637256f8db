# Mirrors Home Manager's lf-minimal-options: every group empty still
# leaves its empty lines.
{
  programs.lf.enable = true;

  test.expected."home-files/.config/lf/lfrc" = ./minimal-options-expected.lfrc;
}
