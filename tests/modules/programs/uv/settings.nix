# Mirrors Home Manager's uv-settings: top-level keys, then tables.
{
  programs.uv = {
    enable = true;
    settings = {
      python-downloads = "never";
      python-preference = "only-system";
      pip.index-url = "https://test.pypi.org/simple";
    };
  };

  test.expected."home-files/.config/uv/uv.toml" = ./settings-expected.toml;
}
