# Mirrors Home Manager's poetry-custom-settings: the settings as TOML.
{
  programs.poetry = {
    enable = true;
    settings = {
      virtualenvs.create = true;
      virtualenvs.in-project = true;
    };
  };

  test.expected."home-files/.config/pypoetry/config.toml" = ./custom-settings-expected.toml;
}
