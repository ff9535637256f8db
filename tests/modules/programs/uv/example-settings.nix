# Mirrors Home Manager's uv-example-settings: top-level keys, then tables.
# Home Manager's expected text has no blank line before [pip]; the TOML
# generator writes one, and the expected file keeps the generator's bytes.
{
  programs.uv = {
    enable = true;
    settings = {
      python-downloads = "never";
      python-preference = "only-system";
      pip.index-url = "https://test.pypi.org/simple";
    };
  };

  test.expected."home-files/.config/uv/uv.toml" = ./example-settings-expected.toml;
}
