# Hearth's own case: with nothing set, rc still holds two empty lines.
{
  programs.cmus.enable = true;

  test.expected."home-files/.config/cmus/rc" = ./empty-expected-rc;
}
