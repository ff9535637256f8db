# Without settings ruff.toml is still written, empty (as Home Manager's
# module does; its tests have no such case).
{
  programs.ruff.enable = true;

  test.expected."home-files/.config/ruff/ruff.toml" = ./no-settings-expected.toml;
}
